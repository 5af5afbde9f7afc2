package org.lilims.project;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.ConflictException;
import org.lilims.shared.CurrentActor;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates groups and projects and manages who belongs to them. Administrators manage groups; a group's PIs (and
 * administrators) create its projects and choose their members.
 */
@Service
@Transactional
class ProjectService {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");

	private final JdbcClient jdbc;

	private final ProjectAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProjectService(JdbcClient jdbc, ProjectAccess access, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	GroupView createGroup(@Nullable String code, @Nullable String name) {
		requireAdmin();
		String normalised = checkCode(code, "code");
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "is required");
		}
		if (groupId(normalised) != null) {
			throw new ConflictException("A group with code " + normalised + " already exists");
		}
		this.jdbc.sql("insert into project.research_group (code, name, created_at) values (:code, :name, :now)")
			.param("code", normalised)
			.param("name", name.trim())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		this.events.publishEvent(new ProjectChanged("group", normalised, "CREATED", Map.of("name", name.trim())));
		return group(normalised);
	}

	GroupView setGroupMember(String groupCode, String username, @Nullable String role) {
		requireAdmin();
		String memberRole = (role == null) ? "MEMBER" : role.trim().toUpperCase(Locale.ROOT);
		if (!memberRole.equals("PI") && !memberRole.equals("MEMBER")) {
			throw new InvalidInputException("role", "must be PI or MEMBER");
		}
		Long groupId = requireGroup(groupCode);
		this.jdbc.sql("""
				insert into project.group_member (group_id, username, role) values (:group, :username, :role)
				on conflict (group_id, username) do update set role = excluded.role""")
			.param("group", groupId)
			.param("username", normaliseUser(username))
			.param("role", memberRole)
			.update();
		this.events.publishEvent(new ProjectChanged("group", groupCode.toUpperCase(Locale.ROOT), "MEMBER_SET",
				Map.of("username", normaliseUser(username), "role", memberRole)));
		return group(groupCode);
	}

	@Transactional(readOnly = true)
	List<GroupView> groups() {
		return this.jdbc.sql("select code from project.research_group order by code")
			.query(String.class)
			.list()
			.stream()
			.map(this::group)
			.toList();
	}

	ProjectView createProject(ProjectRequest request) {
		String code = checkCode(request.code(), "code");
		if (request.name() == null || request.name().isBlank()) {
			throw new InvalidInputException("name", "is required");
		}
		if (request.group() == null || request.group().isBlank()) {
			throw new InvalidInputException("group", "is required: the research group the project belongs to");
		}
		Long groupId = groupId(request.group().trim().toUpperCase(Locale.ROOT));
		if (groupId == null) {
			throw new InvalidInputException("group", "no group with code " + request.group());
		}
		requireLeadOf(groupId);
		if (this.access.exists(code)) {
			throw new ConflictException("A project with code " + code + " already exists");
		}
		this.jdbc.sql("""
				insert into project.project (code, name, description, group_id, created_by, created_at)
				values (:code, :name, :description, :group, :by, :now)""")
			.param("code", code)
			.param("name", request.name().trim())
			.param("description", request.description())
			.param("group", groupId)
			.param("by", CurrentActor.name())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		this.events.publishEvent(new ProjectChanged("project", code, "CREATED",
				Map.of("name", request.name().trim(), "group", request.group().trim().toUpperCase(Locale.ROOT))));
		if (request.members() != null) {
			request.members().forEach(member -> addMember(code, member));
		}
		return project(code);
	}

	ProjectView addMember(String projectCode, String username) {
		long projectId = requireProjectLead(projectCode);
		this.jdbc.sql("""
				insert into project.project_member (project_id, username) values (:project, :username)
				on conflict do nothing""").param("project", projectId).param("username", normaliseUser(username)).update();
		this.events.publishEvent(new ProjectChanged("project", projectCode.toUpperCase(Locale.ROOT), "MEMBER_ADDED",
				Map.of("username", normaliseUser(username))));
		return project(projectCode);
	}

	ProjectView removeMember(String projectCode, String username) {
		long projectId = requireProjectLead(projectCode);
		this.jdbc.sql("delete from project.project_member where project_id = :project and username = :username")
			.param("project", projectId)
			.param("username", normaliseUser(username))
			.update();
		this.events.publishEvent(new ProjectChanged("project", projectCode.toUpperCase(Locale.ROOT), "MEMBER_REMOVED",
				Map.of("username", normaliseUser(username))));
		return project(projectCode);
	}

	@Transactional(readOnly = true)
	List<ProjectView> visibleProjects() {
		ProjectVisibility readable = this.access.readable();
		return this.jdbc.sql("select code from project.project order by code")
			.query(String.class)
			.list()
			.stream()
			.filter(readable::includes)
			.map(this::project)
			.toList();
	}

	@Transactional(readOnly = true)
	ProjectView visibleProject(String code) {
		String normalised = code.toUpperCase(Locale.ROOT);
		if (!this.access.exists(normalised) || !this.access.readable().includes(normalised)) {
			throw new NotFoundException("No project with code " + normalised);
		}
		return project(normalised);
	}

	private ProjectView project(String code) {
		String normalised = code.toUpperCase(Locale.ROOT);
		return this.jdbc.sql("""
				select p.code, p.name, p.description, g.code as group_code, p.active,
				       coalesce((select array_agg(m.username order by m.username) from project.project_member m
				                 where m.project_id = p.id), '{}') as members,
				       coalesce((select array_agg(gm.username order by gm.username) from project.group_member gm
				                 where gm.group_id = p.group_id and gm.role = 'PI'), '{}') as leads
				from project.project p join project.research_group g on g.id = p.group_id
				where p.code = :code""")
			.param("code", normalised)
			.query((rs, n) -> new ProjectView(rs.getString("code"), rs.getString("name"), rs.getString("description"),
					rs.getString("group_code"), rs.getBoolean("active"), List.of((String[]) rs.getArray("members").getArray()),
					List.of((String[]) rs.getArray("leads").getArray())))
			.optional()
			.orElseThrow(() -> new NotFoundException("No project with code " + normalised));
	}

	private GroupView group(String code) {
		String normalised = code.toUpperCase(Locale.ROOT);
		Long id = requireGroup(normalised);
		List<GroupView.Member> members = this.jdbc
			.sql("select username, role from project.group_member where group_id = :id order by role, username")
			.param("id", id)
			.query((rs, n) -> new GroupView.Member(rs.getString("username"), rs.getString("role")))
			.list();
		String name = this.jdbc.sql("select name from project.research_group where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		return new GroupView(normalised, name, members);
	}

	private static boolean isAdmin() {
		return SecurityContextHolder.getContext().getAuthentication() == null || SecurityContextHolder.getContext()
			.getAuthentication()
			.getAuthorities()
			.stream()
			.anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
	}

	private static void requireAdmin() {
		if (!isAdmin()) {
			throw new AccessDeniedException("Only administrators manage research groups");
		}
	}

	private void requireLeadOf(long groupId) {
		String user = CurrentActor.name();
		boolean admin = isAdmin();
		boolean lead = this.jdbc
			.sql("select count(*) from project.group_member where group_id = :id and username = :user and role = 'PI'")
			.param("id", groupId)
			.param("user", user)
			.query(Long.class)
			.single() > 0;
		if (!admin && !lead) {
			throw new AccessDeniedException("Only the group's PIs and administrators manage its projects");
		}
	}

	private long requireProjectLead(String projectCode) {
		String normalised = projectCode.toUpperCase(Locale.ROOT);
		Map<String, Object> row = this.jdbc.sql("select id, group_id from project.project where code = :code")
			.param("code", normalised)
			.query()
			.singleRow();
		requireLeadOf(((Number) row.get("group_id")).longValue());
		return ((Number) row.get("id")).longValue();
	}

	private Long requireGroup(String code) {
		Long id = groupId(code.toUpperCase(Locale.ROOT));
		if (id == null) {
			throw new NotFoundException("No group with code " + code);
		}
		return id;
	}

	private @Nullable Long groupId(String code) {
		return this.jdbc.sql("select id from project.research_group where code = :code")
			.param("code", code)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private static String checkCode(@Nullable String code, String field) {
		String normalised = (code != null) ? code.trim().toUpperCase(Locale.ROOT) : "";
		if (!CODE.matcher(normalised).matches()) {
			throw new InvalidInputException(field, "must be 2 to 32 letters, digits, '_' or '-', e.g. LZLN-2026");
		}
		return normalised;
	}

	private static String normaliseUser(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * A project to create.
	 */
	record ProjectRequest(@Nullable String code, @Nullable String name, @Nullable String description,
			@Nullable String group, @Nullable List<String> members) {
	}

	/**
	 * A project with its members.
	 */
	record ProjectView(String code, String name, @Nullable String description, String group, boolean active,
			List<String> members, List<String> leads) {
	}

	/**
	 * A research group with its PIs and members.
	 */
	record GroupView(String code, String name, List<Member> members) {

		record Member(String username, String role) {
		}

	}

}
