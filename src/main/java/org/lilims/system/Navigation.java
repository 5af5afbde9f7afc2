package org.lilims.system;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.NavigationItem;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Collects the {@link NavigationItem}s that modules contribute and filters them by the signed-in user's roles. The
 * layout template calls it as {@code @navigation}.
 */
@Component("navigation")
public class Navigation {

	private final List<NavigationItem> items;

	private final RoleHierarchy roleHierarchy;

	Navigation(List<NavigationItem> items, RoleHierarchy roleHierarchy) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
		this.roleHierarchy = roleHierarchy;
	}

	public List<NavigationItem> visibleTo(@Nullable Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return List.of();
		}
		Set<String> roles = this.roleHierarchy.getReachableGrantedAuthorities(authentication.getAuthorities())
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null && authority.startsWith("ROLE_"))
			.map(authority -> authority.substring("ROLE_".length()))
			.collect(Collectors.toSet());
		return this.items.stream()
			.filter(item -> item.roles().isEmpty() || item.roles().stream().anyMatch(roles::contains))
			.toList();
	}

	/** The user's own roles, without the {@code ROLE_} prefix, for display. */
	public List<String> roleNames(@Nullable Authentication authentication) {
		if (authentication == null) {
			return List.of();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null && authority.startsWith("ROLE_"))
			.map(authority -> authority.substring("ROLE_".length()))
			.sorted()
			.toList();
	}

	/** Whether the item leads to the section the current request is in. */
	public boolean isActive(NavigationItem item) {
		String path = (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest().getRequestURI() : "";
		return "/".equals(item.path()) ? "/".equals(path) : path.startsWith(item.path());
	}

}
