using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Incubator.Client.Accounts;

/// <summary>Accounts and the Data Protection keys that sign cookies and tokens; tables from deploy/Incubator.Schema (schema "accounts").</summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<IncubatorUser>(options), IDataProtectionKeyContext
{
    public const string Schema = "accounts";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<IncubatorUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(100);
        });
        builder.Entity<Session>(session =>
        {
            session.Property(s => s.Kind).HasMaxLength(16);
            session.Property(s => s.RevokedReason).HasMaxLength(32);
            session.HasOne<IncubatorUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Audit.AuditEntry>(entry =>
        {
            entry.Property(e => e.Id).UseIdentityAlwaysColumn();
            entry.Property(e => e.ActorName).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(64);
            entry.Property(e => e.Target).HasMaxLength(256);
            entry.Property(e => e.Detail).HasMaxLength(1000);
            entry.Property(e => e.ClientAddress).HasMaxLength(64);
        });
    }
}
