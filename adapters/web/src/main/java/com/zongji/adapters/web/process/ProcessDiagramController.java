package com.zongji.adapters.web.process;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.processes.deployment.DiagramProblem;
import com.zongji.processes.deployment.DiagramRejected;
import com.zongji.processes.deployment.ProcessDiagrams;
import java.io.IOException;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The analyst's side of the BPMN diagrams: what runs, its XML, and validated uploads. */
@RestController
@RequestMapping("/api/processes")
@RequiredArgsConstructor
@PreAuthorize("hasRole('ANALYST')")
class ProcessDiagramController {

    record ProcessView(String key, String name, int version, String deploymentId) {
        static ProcessView of(ProcessDefinition definition) {
            return new ProcessView(definition.getKey(), definition.getName(), definition.getVersion(),
                    definition.getDeploymentId());
        }
    }

    record Rejection(List<DiagramProblem> problems) {
    }

    private final ProcessDiagrams diagrams;

    @GetMapping
    List<ProcessView> processes() {
        return diagrams.current().stream().map(ProcessView::of).toList();
    }

    @GetMapping(path = "/{key}/diagram", produces = MediaType.APPLICATION_XML_VALUE)
    byte[] diagram(@PathVariable String key) {
        return diagrams.diagram(key);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    List<ProcessView> upload(@RequestPart("bpmn") MultipartFile bpmn, @RequestParam(required = false) String reason,
                             @AuthenticationPrincipal SignedInUser analyst) throws IOException {
        String fileName = bpmn.getOriginalFilename() == null ? "diagram.bpmn" : bpmn.getOriginalFilename();
        return diagrams.deploy(fileName, bpmn.getBytes(), analyst.username(), reason).stream().map(ProcessView::of).toList();
    }

    @ExceptionHandler
    ResponseEntity<Rejection> rejected(DiagramRejected rejected) {
        return ResponseEntity.unprocessableEntity().body(new Rejection(rejected.problems()));
    }
}
