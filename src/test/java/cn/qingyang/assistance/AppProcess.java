package cn.qingyang.assistance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packaged application as a real operating-system process (for crash and cluster tests):
 * started with extra arguments, ready when a demo user can log in, killed with SIGKILL.
 */
public final class AppProcess {

    public interface Check {
        boolean done() throws Exception;
    }

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code target/*.jar} on the port with the arguments; waits until it serves logins. */
    public static AppProcess start(int port, Path log, String... arguments) throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.toString().endsWith(".jar") && !p.toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("run after mvn package: no jar in target/"));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port, "--logging.level.root=WARN"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppProcess app = new AppProcess(process, port, log);
        Http demoUser = Http.basic(port, "qiaomu-caseworker", "demo"); // the demo users exist: the app is ready
        waitFor("the application on port " + port, Duration.ofMinutes(3), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped; see " + log);
            }
            try {
                return demoUser.get("/api/me").statusCode() == 200;
            } catch (IllegalStateException e) {
                return false;
            }
        });
        return app;
    }

    public static void waitFor(String what, Duration limit, Check check) throws Exception {
        Instant end = Instant.now().plus(limit);
        while (!check.done()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(500);
        }
    }

    public static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** SIGKILL: no shutdown hook, no graceful stop; returns the exit code (137). */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
