package conflictgraph;

import org.neo4j.server.CommunityEntryPoint;

/**
 * Runs Neo4j's own server entry point and stops it when the parent process goes away.
 *
 * The Node process that starts us holds our stdin open. When it exits, however it exits (even
 * SIGKILL), the pipe closes; we then call System.exit, whose shutdown hook (installed by Neo4j)
 * stops the databases cleanly. No orphaned JVM keeps the data folder locked.
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) {
        Thread watchdog = new Thread(Neo4jLauncher::exitWhenStdinCloses, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        CommunityEntryPoint.main(args);
    }

    private static void exitWhenStdinCloses() {
        try {
            byte[] buffer = new byte[64];
            while (System.in.read(buffer) != -1) {
                // Nothing is expected on stdin; reading only detects that it closed.
            }
        } catch (java.io.IOException closed) {
            // A broken pipe means the parent is gone, same as end of file.
        }
        System.exit(0);
    }
}
