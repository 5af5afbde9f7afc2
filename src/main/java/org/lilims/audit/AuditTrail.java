package org.lilims.audit;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.AuditableEvent;
import org.lilims.shared.CurrentActor;
import org.lilims.shared.RecordAccess;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every {@link AuditableEvent} in the transaction that made the change (so nothing commits unaudited) and
 * reads a record's trail back.
 */
@Service
public class AuditTrail {

	private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
	};

	private final AuditEntryRepository entries;

	private final JsonMapper json;

	private final Clock clock;

	private final List<RecordAccess> access;

	AuditTrail(AuditEntryRepository entries, JsonMapper json, Clock clock, List<RecordAccess> access) {
		this.access = access;
		this.entries = entries;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditableEvent event) {
		this.entries.save(new AuditEntry(event.entityType(), event.entityId(), event.action(), CurrentActor.name(),
				this.clock.instant(), toJson(event.before()), toJson(event.after()), event.reason()));
	}

	/**
	 * The trail of a record, oldest first; empty for a record the user may not read (its owning module decides, see
	 * {@link RecordAccess}).
	 */
	@Transactional(readOnly = true)
	public List<AuditRecord> trailOf(String entityType, String entityId) {
		boolean hidden = this.access.stream()
			.anyMatch(access -> access.handles(entityType) && !access.canRead(entityType, entityId));
		if (hidden) {
			return List.of();
		}
		return this.entries.findByEntityTypeAndEntityIdOrderByOccurredAtAscIdAsc(entityType, entityId)
			.stream()
			.map(this::toRecord)
			.toList();
	}

	/**
	 * The newest changes the user may read (of the last 200 in the lab), newest first: the home page's recent
	 * activity, limited to the user's projects by the owning modules ({@link RecordAccess}).
	 */
	@Transactional(readOnly = true)
	public List<AuditRecord> recent(int limit) {
		return this.entries.findTop200ByOrderByOccurredAtDescIdDesc()
			.stream()
			.filter(entry -> this.access.stream()
				.noneMatch(access -> access.handles(entry.getEntityType())
						&& !access.canRead(entry.getEntityType(), entry.getEntityId())))
			.limit(limit)
			.map(this::toRecord)
			.toList();
	}

	private AuditRecord toRecord(AuditEntry entry) {
		Map<String, Object> before = fromJson(entry.getBeforeJson());
		Map<String, Object> after = fromJson(entry.getAfterJson());
		return new AuditRecord(entry.getEntityType(), entry.getEntityId(), entry.getAction(), entry.getActor(),
				entry.getOccurredAt(), before, after, changes(before, after), entry.getReason());
	}

	static Map<String, AuditRecord.Change> changes(@Nullable Map<String, Object> before,
			@Nullable Map<String, Object> after) {
		Map<String, Object> old = (before != null) ? before : Map.of();
		Map<String, Object> now = (after != null) ? after : Map.of();
		Set<String> keys = new LinkedHashSet<>(old.keySet());
		keys.addAll(now.keySet());
		Map<String, AuditRecord.Change> changes = new LinkedHashMap<>();
		for (String key : keys) {
			if (!Objects.equals(old.get(key), now.get(key))) {
				changes.put(key, new AuditRecord.Change(old.get(key), now.get(key)));
			}
		}
		return changes;
	}

	private @Nullable String toJson(@Nullable Map<String, Object> values) {
		return (values != null) ? this.json.writeValueAsString(values) : null;
	}

	private @Nullable Map<String, Object> fromJson(@Nullable String value) {
		return (value != null) ? this.json.readValue(value, JSON_OBJECT) : null;
	}

}
