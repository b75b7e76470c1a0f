using Incubator.Common;

namespace Incubator.Volunteers;

/// <summary>Persisted state of <see cref="VolunteerCertificateGrain"/>. Stored by type name: never rename.</summary>
[GenerateSerializer, Alias("Incubator.VolunteerCertificateState")]
public sealed class VolunteerCertificateState
{
    [Id(0)] public VolunteerCertificate? Certificate { get; set; }
}

public sealed class VolunteerCertificateGrain(
    [PersistentState("volunteerCertificate", StorageNames.Incubator)] IPersistentState<VolunteerCertificateState> state) : Grain, IVolunteerCertificateGrain
{
    public async Task<bool> IssueAsync(VolunteerCertificate certificate)
    {
        if (state.State.Certificate is not null)
        {
            return state.State.Certificate == certificate;
        }

        state.State.Certificate = certificate;
        await state.WriteStateAsync();
        return true;
    }

    public Task<VolunteerCertificate?> GetAsync() => Task.FromResult(state.State.Certificate);
}
