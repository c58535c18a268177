package com.zongji.processes.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;
import org.xml.sax.SAXParseException;

/**
 * Deploys BPMN diagrams an analyst uploads, after checking what Camunda itself only finds when a
 * process runs: that every delegate and listener expression names a bean of this application, every
 * Java class exists, every called process and every referenced DMN decision is deployed. A refused diagram deploys nothing, so running
 * and new instances keep the version they have.
 */
@Service
public class ProcessDiagrams {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern LINE = Pattern.compile("Line=(\\d+)");
    private static final Pattern BEAN_REFERENCE = Pattern.compile("^[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

    private final RepositoryService repository;
    private final ApplicationContext beans;

    public ProcessDiagrams(RepositoryService repository, ApplicationContext beans) {
        this.repository = repository;
        this.beans = beans;
    }

    /** Checks and deploys; answers the process definitions now current for the diagram's processes. */
    public List<ProcessDefinition> deploy(String fileName, byte[] bpmn, String by, String reason) {
        BpmnModelInstance model = parse(bpmn);
        List<DiagramProblem> problems = unresolvedReferences(model);
        if (!problems.isEmpty()) {
            throw new DiagramRejected(problems);
        }
        try {
            repository.createDeployment()
                    .name(fileName + " — " + by + (reason == null ? "" : ": " + reason))
                    .source("zongji-analyst")
                    .addInputStream(fileName.endsWith(".bpmn") ? fileName : fileName + ".bpmn", new ByteArrayInputStream(bpmn))
                    .enableDuplicateFiltering(true)
                    .deploy();
            String[] keys = model.getModelElementsByType(Process.class).stream().map(Process::getId).toArray(String[]::new);
            return repository.createProcessDefinitionQuery().processDefinitionKeyIn(keys).latestVersion().list();
        } catch (ParseException refused) {
            throw new DiagramRejected(refused.getResorceReports().stream()
                    .flatMap(report -> report.getErrors().stream())
                    .map(ProcessDiagrams::problem)
                    .toList());
        }
    }

    /** The latest deployed version of every process. */
    public List<ProcessDefinition> current() {
        return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list();
    }

    public byte[] diagram(String processKey) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new NoSuchElementException("No process " + processKey);
        }
        try (var in = repository.getResourceAsStream(latest.getDeploymentId(), latest.getResourceName())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BpmnModelInstance parse(byte[] bpmn) {
        try {
            return Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
        } catch (ModelException unreadable) {
            Throwable cause = unreadable;
            while (cause.getCause() != null && !(cause instanceof SAXParseException)) {
                cause = cause.getCause();
            }
            // Schema errors arrive as a plain SAXException whose message carries "Line=n".
            Matcher lineInMessage = LINE.matcher(String.valueOf(cause.getMessage()));
            Integer line = cause instanceof SAXParseException at ? Integer.valueOf(at.getLineNumber())
                    : lineInMessage.find() ? Integer.valueOf(lineInMessage.group(1)) : null;
            Integer column = cause instanceof SAXParseException at ? at.getColumnNumber() : null;
            throw new DiagramRejected(List.of(new DiagramProblem(null, line, column,
                    "不是可读的 BPMN 文件 / not a readable BPMN file: " + cause.getMessage())));
        }
    }

    private List<DiagramProblem> unresolvedReferences(BpmnModelInstance model) {
        List<DiagramProblem> problems = new ArrayList<>();
        checkElement(model.getDocument().getRootElement(), null, problems);
        Set<String> ownProcesses = model.getModelElementsByType(Process.class).stream()
                .map(Process::getId).collect(Collectors.toSet());
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            String called = call.getCalledElement();
            if (called != null && !called.contains("{") && !ownProcesses.contains(called)
                    && repository.createProcessDefinitionQuery().processDefinitionKey(called).count() == 0) {
                problems.add(new DiagramProblem(call.getId(), null, null,
                        "调用的流程不存在 / called process '" + called + "' is not deployed"));
            }
        }
        return problems;
    }

    /** Delegates and listeners sit in elements without ids (extension elements): report the nearest id. */
    private void checkElement(DomElement dom, String ownerId, List<DiagramProblem> problems) {
        String id = dom.getAttribute("id") != null ? dom.getAttribute("id") : ownerId;
        String expression = dom.getAttribute(CAMUNDA_NS, "delegateExpression");
        Matcher bean = expression == null ? null : BEAN_REFERENCE.matcher(expression.trim());
        if (bean != null && bean.find() && !beans.containsBean(bean.group(1))) {
            problems.add(new DiagramProblem(id, null, null,
                    "委托 " + expression + " 不存在 / no delegate bean named '" + bean.group(1) + "'"));
        }
        String decision = dom.getAttribute(CAMUNDA_NS, "decisionRef");
        if (decision != null && !decision.contains("{")
                && repository.createDecisionDefinitionQuery().decisionDefinitionKey(decision).count() == 0) {
            problems.add(new DiagramProblem(id, null, null, "决策表不存在 / no deployed decision '" + decision + "'"));
        }
        String className = dom.getAttribute(CAMUNDA_NS, "class");
        if (className != null && !loadable(className)) {
            problems.add(new DiagramProblem(id, null, null, "类不存在 / no class " + className));
        }
        dom.getChildElements().forEach(child -> checkElement(child, id, problems));
    }

    private static boolean loadable(String className) {
        try {
            Class.forName(className, false, ProcessDiagrams.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static DiagramProblem problem(Problem problem) {
        return new DiagramProblem(problem.getMainElementId(), problem.getLine(), problem.getColumn(), problem.getMessage());
    }
}
