package org.lilims.security;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Backing object of the admin's create/edit user form.
 */
class UserForm {

	private @Nullable String username;

	private @Nullable String displayName;

	private @Nullable String email;

	private @Nullable String password;

	private Set<Role> roles = EnumSet.of(Role.LAB_MEMBER);

	private boolean enabled = true;

	private @Nullable Long version;

	static UserForm of(UserView user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.displayName = user.displayName();
		form.email = user.email();
		form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
		form.enabled = user.enabled();
		form.version = user.version();
		return form;
	}

	UserAccountService.NewUser toNewUser() {
		return new UserAccountService.NewUser(this.username, this.password, this.roles, this.displayName, this.email);
	}

	UserAccountService.UserUpdate toUpdate() {
		return new UserAccountService.UserUpdate(this.roles, this.enabled, (this.displayName != null) ? this.displayName : "",
				(this.email != null) ? this.email : "", this.version);
	}

	public @Nullable String getUsername() {
		return this.username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public @Nullable String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(@Nullable String displayName) {
		this.displayName = displayName;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(@Nullable Set<Role> roles) {
		this.roles = (roles == null || roles.isEmpty()) ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

}
