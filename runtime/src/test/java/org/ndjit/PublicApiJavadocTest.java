package org.ndjit;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.ThrowsTree;
import jdk.javadoc.doclet.Doclet;
import jdk.javadoc.doclet.DocletEnvironment;
import jdk.javadoc.doclet.Reporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.tools.DocumentationTool;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exported package's Javadoc, read from the sources by the javadoc tool with a doclet of this test:
 * every public type, constructor, method, field and enum constant of {@code org.ndjit} has a comment
 * (methods that override one inherit it), every record a {@code @param} per component (its accessors'
 * documentation), every checked exception a method declares a {@code @throws}; and the methods NumPy
 * users look up first show a call in an example. This is doclint's "missing" group without its
 * {@code @param}/{@code @return} checks, which the one-line comments of this API leave to the prose
 * (the build's javadoc runs doclint on everything else).
 */
class PublicApiJavadocTest {
    /** Where the exported package's sources are, relative to this module (surefire runs in it). */
    private static final List<Path> SOURCE_ROOTS = Stream.of("ir", "optimizer", "codegen", "engine", "runtime")
            .map(m -> Path.of("..", m, "src", "main", "java")).toList();

    /** Methods (class.name) a NumPy user looks up first: one overload at least shows a call of the name. */
    private static final List<String> WITH_EXAMPLES = List.of(
            "Np.array", "Np.zeros", "Np.ones", "Np.full", "Np.arange", "Np.linspace", "Np.eye", "Np.random", "Np.where",
            "Np.concatenate", "Np.stack", "Np.sort", "Np.argsort", "Np.matmul", "Np.scope", "Np.loadtxt", "Np.savetxt",
            "NDArray.reshape", "NDArray.transpose", "NDArray.get", "NDArray.set", "NDArray.slice", "NDArray.sum",
            "NDArray.mean", "NDArray.max", "NDArray.argmax", "NDArray.std", "NDArray.matmul", "NDArray.astype",
            "NDArray.sort", "NDArray.argsort", "NDArray.close", "NDArray.into", "NDArray.equalsContent", "NDArray.item",
            "NDArray.toDoubleArray", "NDArray.toDoubleMatrix", "Scope.keep", "Index.slice", "Index.at", "Index.all",
            "NpyFiles.save", "NpyFiles.load", "NpyFiles.savez", "NpyFiles.loadz");

    private static List<String> problems;
    /** Each method's name (class.name) to the comments of its overloads. */
    private static Map<String, List<String>> comments;

    @BeforeAll
    static void readSources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : SOURCE_ROOTS) {
            Path dir = root.resolve("org/ndjit");
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        assertTrue(files.size() > 10, "sources of org.ndjit found under " + SOURCE_ROOTS + ": " + files);
        DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
        StringWriter out = new StringWriter();
        try (var fileManager = tool.getStandardFileManager(null, Locale.ROOT, null)) {
            List<String> options = List.of("--add-modules", "jdk.incubator.vector", "-quiet",
                    "-sourcepath", String.join(java.io.File.pathSeparator, SOURCE_ROOTS.stream().map(Path::toString).toList()),
                    "-classpath", System.getProperty("java.class.path"));
            var task = tool.getTask(out, fileManager, null, Collector.class, options, fileManager.getJavaFileObjectsFromPaths(files));
            assertTrue(task.call(), "javadoc ran on " + files.size() + " files:\n" + out);
        }
        assertTrue(comments.containsKey("NDArray.add") && comments.containsKey("Np.array"), "the doclet saw the API: " + comments.keySet());
    }

    @Test
    void everyPublicElementOfTheExportedPackageIsDocumented() {
        assertEquals("", String.join("\n", problems), "public API without its Javadoc");
    }

    @Test
    void methodsNumpyUsersLookUpShowAnExample() {
        Set<String> without = new TreeSet<>();
        for (String method : WITH_EXAMPLES) {
            String name = method.substring(method.indexOf('.') + 1);
            List<String> docs = comments.getOrDefault(method, List.of());
            if (docs.stream().noneMatch(d -> showsCall(d, name))) without.add(method + (docs.isEmpty() ? " (not a public method)" : ""));
        }
        assertEquals(Set.of(), without, "methods whose comments show no call of them ({@code ... name(...) ...})");
    }

    /**
     * Whether a comment calls {@code name(} inside a {@code {@code ...}} (braces in it balanced): as a
     * method of a Java receiver or bare, not NumPy's {@code np.name(} (links do not count either).
     */
    private static boolean showsCall(String comment, String name) {
        java.util.regex.Pattern call = java.util.regex.Pattern.compile("(?<!\\bnp)\\." + name + "\\(|(^|[^\\w.])" + name + "\\(");
        for (int code = comment.indexOf("{@code"); code >= 0; code = comment.indexOf("{@code", code + 1)) {
            int depth = 0, end = code;
            do {
                char c = comment.charAt(end++);
                if (c == '{') depth++;
                else if (c == '}') depth--;
            } while (depth > 0 && end < comment.length());
            if (call.matcher(comment.substring(code + "{@code".length(), end)).find()) return true;
        }
        return false;
    }

    /** Records what the tests check; the javadoc tool makes it and calls {@link #run}. */
    public static final class Collector implements Doclet {
        @Override public void init(Locale locale, Reporter reporter) { }
        @Override public String getName() { return "PublicApiJavadocTest"; }
        @Override public Set<? extends Option> getSupportedOptions() { return Set.of(); }
        @Override public SourceVersion getSupportedSourceVersion() { return SourceVersion.latest(); }

        @Override
        public boolean run(DocletEnvironment env) {
            List<String> found = new ArrayList<>();
            Map<String, List<String>> docs = new HashMap<>();
            Elements elements = env.getElementUtils();
            for (Element e : env.getIncludedElements()) {
                if (!(e instanceof TypeElement type) || !elements.getPackageOf(type).getQualifiedName().contentEquals("org.ndjit")) continue;
                check(env, type, found);
                for (Element member : type.getEnclosedElements()) {
                    if (member instanceof TypeElement || !env.isIncluded(member) || isRecordComponent(type, member)) continue;
                    if (member.getKind() == ElementKind.CONSTRUCTOR && elements.getOrigin(member) == Elements.Origin.MANDATED
                            && type.getKind() == ElementKind.CLASS) {
                        found.add(where(member) + ": a default constructor, which has no comment (declare it, private if it is not API)");
                        continue;
                    }
                    if (elements.getOrigin(member) != Elements.Origin.EXPLICIT || isEnumMethod(type, member)) continue;
                    if (member instanceof ExecutableElement m && m.getKind() == ElementKind.METHOD) {
                        String comment = elements.getDocComment(m);
                        docs.computeIfAbsent(type.getSimpleName() + "." + m.getSimpleName(), k -> new ArrayList<>()).add(comment == null ? "" : comment);
                    }
                    if (!overrides(env, member, type)) check(env, member, found);
                }
            }
            found.sort(null);
            problems = found;
            comments = docs;
            return true;
        }

        private static void check(DocletEnvironment env, Element e, List<String> found) {
            DocCommentTree doc = env.getDocTrees().getDocCommentTree(e);
            if (doc == null || doc.getFullBody().isEmpty()) {
                found.add(where(e) + ": no comment");
                return;
            }
            if (e instanceof TypeElement type && type.getKind() == ElementKind.RECORD) {
                Set<String> params = new TreeSet<>();
                for (DocTree tag : doc.getBlockTags()) if (tag instanceof ParamTree p && !p.isTypeParameter()) params.add(p.getName().toString());
                for (RecordComponentElement c : type.getRecordComponents()) {
                    if (!params.contains(c.getSimpleName().toString())) found.add(where(e) + ": no @param for the component " + c.getSimpleName());
                }
            }
            if (e instanceof ExecutableElement m) {
                Set<String> documented = new TreeSet<>();
                for (DocTree tag : doc.getBlockTags()) {
                    if (tag instanceof ThrowsTree t) documented.add(simpleName(t.getExceptionName().getSignature()));
                }
                for (TypeMirror thrown : m.getThrownTypes()) {
                    boolean unchecked = env.getTypeUtils().isSubtype(thrown, type(env, "java.lang.RuntimeException"))
                            || env.getTypeUtils().isSubtype(thrown, type(env, "java.lang.Error"));
                    String name = simpleName(thrown.toString());
                    if (!unchecked && !documented.contains(name)) found.add(where(e) + ": no @throws for " + name);
                }
            }
        }

        /** A record's component or its accessor: documented by the record's {@code @param} (checked there). */
        private static boolean isRecordComponent(TypeElement record, Element member) {
            return member.getKind() == ElementKind.RECORD_COMPONENT
                    || record.getRecordComponents().stream().anyMatch(c -> member.equals(c.getAccessor()));
        }

        /** An enum's {@code values()} and {@code valueOf(String)}, which javadoc documents itself. */
        private static boolean isEnumMethod(TypeElement type, Element member) {
            return type.getKind() == ElementKind.ENUM && member instanceof ExecutableElement m
                    && (m.getSimpleName().contentEquals("values") && m.getParameters().isEmpty()
                        || m.getSimpleName().contentEquals("valueOf") && m.getParameters().size() == 1);
        }

        /** Whether {@code m} overrides a method of a supertype of {@code type} (it then inherits that one's comment). */
        private static boolean overrides(DocletEnvironment env, Element m, TypeElement type) {
            if (!(m instanceof ExecutableElement method) || m.getKind() != ElementKind.METHOD) return false;
            List<TypeMirror> pending = new ArrayList<>(env.getTypeUtils().directSupertypes(type.asType()));
            while (!pending.isEmpty()) {
                TypeMirror t = pending.removeLast();
                Element superType = env.getTypeUtils().asElement(t);
                if (superType == null) continue;
                for (Element other : superType.getEnclosedElements()) {
                    if (other instanceof ExecutableElement o && env.getElementUtils().overrides(method, o, type)) return true;
                }
                pending.addAll(env.getTypeUtils().directSupertypes(t));
            }
            return false;
        }

        private static TypeMirror type(DocletEnvironment env, String name) {
            return env.getElementUtils().getTypeElement(name).asType();
        }

        private static String simpleName(String name) {
            return name.substring(name.lastIndexOf('.') + 1);
        }

        private static String where(Element e) {
            Element owner = e instanceof TypeElement ? e : e.getEnclosingElement();
            String type = ((TypeElement) owner).getQualifiedName().toString().replace("org.ndjit.", "");
            return e instanceof TypeElement ? type : type + "." + e;
        }
    }
}
