package org.lilims.cycling;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EisPlanRepository extends JpaRepository<EisPlan, Long> {

	List<EisPlan> findByCellCodeOrderByIdDesc(String cellCode);

}
