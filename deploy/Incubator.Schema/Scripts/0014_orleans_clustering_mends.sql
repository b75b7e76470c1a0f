-- Mends to the membership queries of 0004 (used when Orleans:ClusteringMode = AdoNet; the comment in 0004 names the
-- setting wrongly). The provider reads orleansquery at silo start, so the new texts apply from the next start.
--
-- 1. InsertMembershipKey / UpdateMembershipKey bumped the table version even when the member row was not written (an
--    insert that hit an existing row, an update of a row that is gone): data-modifying CTEs all run, whatever the final
--    SELECT answers. Other silos then saw a new version with no change behind it and retried their own writes for
--    nothing. Now the version row is locked first (only if it still holds @Version; a concurrent bump makes the lock
--    re-check and skip it), the member is written under that lock, and the bump happens only if that write did.
-- 2. UpdateIAmAlivetimeKey could move i_am_alive_time backwards when an older heartbeat arrived late (a retried
--    statement, a silo whose clock stepped back): others would then suspect a live silo. It only moves forward now.
-- 3. CleanupDefunctSiloEntriesKey deleted every non-Active row older than the date, including Joining (2),
--    ShuttingDown (4) and Stopping (5) silos that may still be alive. It deletes only Dead (6) rows now.

UPDATE public.orleansquery SET querytext = $sql$
WITH locked AS (
    SELECT deployment_id FROM orleans.membership_version
    WHERE deployment_id = @DeploymentId AND version = @Version
    FOR UPDATE
), inserted AS (
    INSERT INTO orleans.membership
        (deployment_id, address, port, generation, silo_name, host_name, status, proxy_port, start_time, i_am_alive_time)
    SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
    FROM locked
    ON CONFLICT DO NOTHING
    RETURNING deployment_id
), bumped AS (
    UPDATE orleans.membership_version v SET version = v.version + 1, modified_at = now()
    FROM inserted i
    WHERE v.deployment_id = i.deployment_id
    RETURNING 1
)
SELECT count(*) = 1 FROM bumped
$sql$
WHERE querykey = 'InsertMembershipKey';

UPDATE public.orleansquery SET querytext = $sql$
WITH locked AS (
    SELECT deployment_id FROM orleans.membership_version
    WHERE deployment_id = @DeploymentId AND version = @Version
    FOR UPDATE
), updated AS (
    UPDATE orleans.membership m
    SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
    FROM locked l
    WHERE m.deployment_id = l.deployment_id AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    RETURNING m.deployment_id
), bumped AS (
    UPDATE orleans.membership_version v SET version = v.version + 1, modified_at = now()
    FROM updated u
    WHERE v.deployment_id = u.deployment_id
    RETURNING 1
)
SELECT count(*) = 1 FROM bumped
$sql$
WHERE querykey = 'UpdateMembershipKey';

-- Heartbeats do not change the table version: they are not membership changes.
UPDATE public.orleansquery SET querytext = $sql$
UPDATE orleans.membership SET i_am_alive_time = GREATEST(i_am_alive_time, @IAmAliveTime)
WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
$sql$
WHERE querykey = 'UpdateIAmAlivetimeKey';

-- Removes silos declared dead (status 6 = SiloStatus.Dead) whose last heartbeat is before @IAmAliveTime.
UPDATE public.orleansquery SET querytext = $sql$
DELETE FROM orleans.membership
WHERE deployment_id = @DeploymentId AND i_am_alive_time < @IAmAliveTime AND status = 6
$sql$
WHERE querykey = 'CleanupDefunctSiloEntriesKey';
