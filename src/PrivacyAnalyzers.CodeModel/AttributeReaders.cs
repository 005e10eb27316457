using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.CodeModel
{
    /// <summary>[PersonalInfo] as written. <see cref="Category"/> is empty when the argument is missing or not a constant.</summary>
    public readonly struct PersonalInfoData
    {
        public PersonalInfoData(string category, bool sensitiveFlag, ImmutableArray<string> purposes)
        {
            Category = category;
            SensitiveFlag = sensitiveFlag;
            Purposes = purposes;
        }

        public string Category { get; }
        public bool SensitiveFlag { get; }
        public ImmutableArray<string> Purposes { get; }

        /// <summary>The flag, or a category that is sensitive by nature.</summary>
        public bool IsSensitive => SensitiveFlag || CategoryRules.IsInherentlySensitive(Category);
    }

    /// <summary>[Mask] as written.</summary>
    public readonly struct MaskData
    {
        public MaskData(MaskStyle style, int keepFirst, int keepLast, char maskChar)
        {
            Style = style;
            KeepFirst = keepFirst;
            KeepLast = keepLast;
            MaskChar = maskChar;
        }

        public MaskStyle Style { get; }
        public int KeepFirst { get; }
        public int KeepLast { get; }
        public char MaskChar { get; }
    }

    /// <summary>[Anonymize] as written.</summary>
    public readonly struct AnonymizeData
    {
        public AnonymizeData(AnonymizeStrategy strategy, Generalization to, double bucketSize)
        {
            Strategy = strategy;
            To = to;
            BucketSize = bucketSize;
        }

        public AnonymizeStrategy Strategy { get; }
        public Generalization To { get; }
        public double BucketSize { get; }
    }

    /// <summary>[RetainFor] as written.</summary>
    public readonly struct RetentionData
    {
        public RetentionData(int years, int months, int days, string? from, string? basis, ExpiryAction onExpiry)
        {
            Years = years;
            Months = months;
            Days = days;
            From = from;
            Basis = basis;
            OnExpiry = onExpiry;
        }

        public int Years { get; }
        public int Months { get; }
        public int Days { get; }
        public string? From { get; }
        public string? Basis { get; }
        public ExpiryAction OnExpiry { get; }

        public bool HasPositivePeriod => Years >= 0 && Months >= 0 && Days >= 0 && (Years + Months + Days) > 0;
    }

    /// <summary>
    /// Reads the privacy attributes into plain values. Tolerates code as it is typed: missing, extra or wrongly typed
    /// arguments read as defaults and never throw.
    /// </summary>
    public static class AttributeReaders
    {
        public static PersonalInfoData ReadPersonalInfo(AttributeData attribute)
        {
            var category = ConstructorArgument(attribute, 0) as string ?? string.Empty;
            var sensitive = false;
            var purposes = ImmutableArray<string>.Empty;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Sensitive" && named.Value.Value is bool flag)
                {
                    sensitive = flag;
                }
                else if (named.Key == "Purposes" && named.Value.Kind == TypedConstantKind.Array && !named.Value.IsNull)
                {
                    var builder = ImmutableArray.CreateBuilder<string>();
                    foreach (var item in named.Value.Values)
                    {
                        if (item.Value is string purpose)
                        {
                            builder.Add(purpose);
                        }
                    }

                    purposes = builder.ToImmutable();
                }
            }

            return new PersonalInfoData(category, sensitive, purposes);
        }

        public static MaskData ReadMask(AttributeData attribute)
        {
            var style = MaskStyle.Default;
            int keepFirst = 0, keepLast = 0;
            if (attribute.ConstructorArguments.Length == 2)
            {
                style = MaskStyle.Custom;
                keepFirst = ConstructorArgument(attribute, 0) as int? ?? 0;
                keepLast = ConstructorArgument(attribute, 1) as int? ?? 0;
            }
            else if (ConstructorArgument(attribute, 0) is int styleValue)
            {
                style = (MaskStyle)styleValue;
            }

            var maskChar = '*';
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "MaskChar" && named.Value.Value is char c)
                {
                    maskChar = c;
                }
            }

            return new MaskData(style, keepFirst, keepLast, maskChar);
        }

        public static AnonymizeData ReadAnonymize(AttributeData attribute)
        {
            var strategy = ConstructorArgument(attribute, 0) is int value ? (AnonymizeStrategy)value : AnonymizeStrategy.Suppress;
            var to = Generalization.Auto;
            var bucketSize = 0d;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "To" && named.Value.Value is int toValue)
                {
                    to = (Generalization)toValue;
                }
                else if (named.Key == "BucketSize" && named.Value.Value is double size)
                {
                    bucketSize = size;
                }
            }

            return new AnonymizeData(strategy, to, bucketSize);
        }

        public static RetentionData ReadRetention(AttributeData attribute)
        {
            int years = 0, months = 0, days = 0;
            string? from = null, basis = null;
            var onExpiry = ExpiryAction.Delete;
            foreach (var named in attribute.NamedArguments)
            {
                switch (named.Key)
                {
                    case "Years" when named.Value.Value is int y: years = y; break;
                    case "Months" when named.Value.Value is int m: months = m; break;
                    case "Days" when named.Value.Value is int d: days = d; break;
                    case "From": from = named.Value.Value as string; break;
                    case "Basis": basis = named.Value.Value as string; break;
                    case "OnExpiry" when named.Value.Value is int action: onExpiry = (ExpiryAction)action; break;
                }
            }

            return new RetentionData(years, months, days, from, basis, onExpiry);
        }

        /// <summary>The recipient of a [ThirdParty] attribute, or empty.</summary>
        public static string ReadRecipient(AttributeData attribute) => ConstructorArgument(attribute, 0) as string ?? string.Empty;

        private static object? ConstructorArgument(AttributeData attribute, int index)
        {
            var arguments = attribute.ConstructorArguments;
            if (index >= arguments.Length || arguments[index].Kind == TypedConstantKind.Error || arguments[index].Kind == TypedConstantKind.Array)
            {
                return null;
            }

            return arguments[index].Value;
        }
    }
}
