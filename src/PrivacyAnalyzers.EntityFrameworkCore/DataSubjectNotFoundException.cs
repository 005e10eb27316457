using System;

namespace PrivacyAnalyzers.EntityFrameworkCore
{
    /// <summary>No row of any entity type belongs to the subject id: it never existed, or its data was erased already. Nothing was changed.</summary>
    /// <remarks>The message does not repeat the id, which is personal information.</remarks>
    public sealed class DataSubjectNotFoundException : ArgumentException
    {
        /// <summary>Creates the exception for the parameter that held the subject id.</summary>
        public DataSubjectNotFoundException(string paramName)
            : base("No row of any entity type belongs to the given subject id: it never existed, or its data was erased already. Nothing was changed.", paramName)
        {
        }
    }
}
