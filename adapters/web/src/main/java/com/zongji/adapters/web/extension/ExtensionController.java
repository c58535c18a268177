package com.zongji.adapters.web.extension;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.numbering.AllocatingExtensions;
import com.zongji.engine.numbering.ExtensionAssignment;
import com.zongji.engine.numbering.ExtensionChange;
import com.zongji.engine.numbering.ExtensionEdits;
import com.zongji.engine.numbering.ExtensionImportRejected;
import com.zongji.engine.numbering.ExtensionImportResult;
import com.zongji.engine.numbering.ExtensionTaken;
import com.zongji.engine.numbering.ExtensionsExhausted;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.OrgDirectory;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The admin's extensions: change one, allocate to everybody activated who has none, and the xlsx round
 * trip (export, edit, import). An import is applied whole or not at all; a refused one answers 422 with
 * each bad row's number and reason.
 */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
class ExtensionController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    record ExtensionRequest(String extension) {
    }

    record EmployeeExtensionView(long employeeId, String name, String extension) {

        static EmployeeExtensionView of(Employee employee) {
            return new EmployeeExtensionView(employee.getId(), employee.getName(), employee.getExtension());
        }
    }

    record AllocationView(List<ExtensionAssignment> assigned) {
    }

    record ImportView(int rows, int unchanged, List<ExtensionChange> changed) {

        static ImportView of(ExtensionImportResult result) {
            return new ImportView(result.rows(), result.unchanged(), result.changed());
        }
    }

    private final ExtensionEdits edits;
    private final AllocatingExtensions allocating;
    private final OrgDirectory directory;

    @PutMapping("/employees/{id}/extension")
    EmployeeExtensionView change(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
            @RequestBody ExtensionRequest request) {
        return EmployeeExtensionView.of(edits.change(admin.tenant(), id, request.extension()));
    }

    @PostMapping("/extensions/allocations")
    AllocationView allocate(@AuthenticationPrincipal SignedInUser admin) {
        return new AllocationView(allocating.allocate(admin.tenant()));
    }

    @GetMapping(value = "/extensions/export.xlsx", produces = XLSX)
    void export(@AuthenticationPrincipal SignedInUser admin, HttpServletResponse response) throws IOException {
        long enterprise = admin.tenant();
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        ExtensionSheet.write(directory.employees(enterprise), directory.departments(enterprise), workbook);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("分机号.xlsx", StandardCharsets.UTF_8).build().toString());
        response.setContentLength(workbook.size());
        workbook.writeTo(response.getOutputStream());
    }

    /** A missing file part is refused by the import itself, so that the caller's role is checked first. */
    @PostMapping(value = "/extensions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportView importSheet(@AuthenticationPrincipal SignedInUser admin,
            @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new ExtensionImportRejected(
                    "请选择要导入的 xlsx 分机表（表单字段 file）/ Choose the xlsx sheet to import (form part \"file\")");
        }
        try (InputStream in = file.getInputStream()) {
            return ImportView.of(edits.importRows(admin.tenant(), ExtensionSheet.read(in)));
        }
    }

    @ExceptionHandler(ExtensionImportRejected.class)
    ProblemDetail rejected(ExtensionImportRejected rejected) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, rejected.getMessage());
        problem.setProperty("rows", rejected.problems());
        return problem;
    }

    @ExceptionHandler({ExtensionTaken.class, ExtensionsExhausted.class})
    ProblemDetail conflict(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
