package org.lilims.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccount> findAllByOrderByUsernameAsc();

	@Query("select u from UserAccount u where :role member of u.roles order by u.username")
	List<UserAccount> findAllWithRole(@Param("role") Role role);

}
