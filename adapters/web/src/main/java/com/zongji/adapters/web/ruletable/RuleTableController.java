package com.zongji.adapters.web.ruletable;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.rules.table.RuleTableActivation;
import com.zongji.rules.table.RuleTableLibrary;
import com.zongji.rules.table.RuleTableRejected;
import com.zongji.rules.table.RuleTableVersion;
import com.zongji.rules.table.TableProblem;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The analyst's side of the decision tables: download, upload (validated, kept as a new version),
 * activate, roll back, and the history of who did what, when and why.
 */
@RestController
@RequestMapping("/api/rule-tables")
@RequiredArgsConstructor
@PreAuthorize("hasRole('ANALYST')")
class RuleTableController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    record TableView(String name, int activeVersion) {
    }

    record VersionView(int version, String sha256, String uploadedBy, Instant uploadedAt, String reason) {
        static VersionView of(RuleTableVersion v) {
            return new VersionView(v.getVersion(), v.getSha256(), v.getUploadedBy(), v.getUploadedAt(), v.getReason());
        }
    }

    record ActivationView(int version, String activatedBy, Instant activatedAt, String reason) {
        static ActivationView of(RuleTableActivation a) {
            return new ActivationView(a.getVersion(), a.getActivatedBy(), a.getActivatedAt(), a.getReason());
        }
    }

    record HistoryView(String name, int activeVersion, List<VersionView> versions, List<ActivationView> activations) {
    }

    record ActivationRequest(int version, String reason) {
    }

    record Rejection(String table, List<TableProblem> problems) {
    }

    private final RuleTableLibrary library;

    @GetMapping
    List<TableView> tables() {
        return library.tables().stream().map(name -> new TableView(name, library.activeVersion(name))).toList();
    }

    @GetMapping("/{name}")
    HistoryView history(@PathVariable String name) {
        var history = library.history(name);
        return new HistoryView(name, library.activeVersion(name),
                history.versions().stream().map(VersionView::of).toList(),
                history.activations().stream().map(ActivationView::of).toList());
    }

    /** The active workbook unless a version is named. */
    @GetMapping("/{name}/workbook")
    ResponseEntity<byte[]> workbook(@PathVariable String name, @RequestParam(required = false) Integer version) {
        int chosen = version != null ? version : library.activeVersion(name);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "-v" + chosen + ".xlsx").build().toString())
                .body(library.workbook(name, chosen));
    }

    @PostMapping(path = "/{name}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    VersionView upload(@PathVariable String name, @RequestPart("workbook") MultipartFile workbook,
                       @RequestParam(required = false) String reason,
                       @AuthenticationPrincipal SignedInUser analyst) throws IOException {
        return VersionView.of(library.upload(name, workbook.getBytes(), analyst.username(), reason));
    }

    /** Activating an earlier version is the rollback. */
    @PostMapping("/{name}/activations")
    ActivationView activate(@PathVariable String name, @RequestBody ActivationRequest request,
                            @AuthenticationPrincipal SignedInUser analyst) {
        return ActivationView.of(library.activate(name, request.version(), analyst.username(), request.reason()));
    }

    @ExceptionHandler
    ResponseEntity<Rejection> rejected(RuleTableRejected rejected) {
        return ResponseEntity.unprocessableEntity().body(new Rejection(rejected.table(), rejected.located()));
    }

    @ExceptionHandler({NoSuchElementException.class, IllegalArgumentException.class})
    ResponseEntity<String> unknown(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }
}
