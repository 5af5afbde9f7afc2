package org.lilims.sample;

import org.springframework.data.jpa.repository.JpaRepository;

interface LineageEdgeRepository extends JpaRepository<LineageEdge, LineageEdge.Key> {

}
