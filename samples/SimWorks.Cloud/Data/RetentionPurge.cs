using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers;

namespace SimWorks.Cloud.Data;

/// <summary>Applies a type's generated retention policy to its table.</summary>
public static class RetentionPurge
{
    /// <summary>
    /// Deletes the rows whose period has ended, or replaces them by their anonymized copies, as the policy's
    /// <see cref="RetentionPolicy.OnExpiry"/> says. Returns the number of rows affected.
    /// </summary>
    /// <param name="startedBefore">The rows whose retention period started before the given cutoff.</param>
    public static async Task<int> ApplyAsync<T>(
        SimWorksDbContext db,
        RetentionPolicy policy,
        Func<DateTime, Expression<Func<T, bool>>> startedBefore,
        PseudonymKey key,
        DateTime utcNow)
        where T : class, IAnonymizable<T>
    {
        var expired = db.Set<T>().Where(startedBefore(policy.CutoffUtc(utcNow)));
        if (policy.OnExpiry == ExpiryAction.Delete)
        {
            return await expired.ExecuteDeleteAsync();
        }

        var records = await expired.ToListAsync();
        foreach (var record in records)
        {
            db.Entry(record).CurrentValues.SetValues(record.Anonymize(key));
        }

        await db.SaveChangesAsync();
        return records.Count;
    }
}
