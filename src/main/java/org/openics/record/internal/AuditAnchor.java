package org.openics.record.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.openics.platform.OpenIcsHome;
import org.openics.record.audit.AuditChain;
import org.openics.record.audit.AuditChain.Checkpoint;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Anchors the audit chain outside the database: the MAC key ({@code OPENICS_HOME/secrets/audit-key}, owner-only) and a
 * signed checkpoint ({@code OPENICS_HOME/secrets/audit-checkpoint}) of the last entry written, advanced after each commit
 * (never backwards, also with a command line writing at the same time). Someone who can write the database but not this
 * folder can then neither rewrite the newest entries with recomputed hashes nor delete them unnoticed.
 */
@Component
class AuditAnchor {

    private final byte[] key;
    private final Path checkpoint;
    private final Path lock;

    AuditAnchor(OpenIcsHome home) {
        this.key = MachineTokens.signingKey(home.resolve("secrets/audit-key")).getEncoded();
        this.checkpoint = home.resolve("secrets/audit-checkpoint");
        this.lock = home.resolve("secrets/audit-checkpoint.lock");
    }

    byte[] key() {
        return key.clone();
    }

    String mac(String hash) {
        return AuditChain.mac(key, hash);
    }

    /** Moves the checkpoint to this entry once the transaction that wrote it has committed (now, outside one). */
    void afterCommit(long sequence, String hash) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    advance(sequence, hash);
                }
            });
        } else {
            advance(sequence, hash);
        }
    }

    synchronized void advance(long sequence, String hash) {
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            if (read().map(c -> c.sequence() >= sequence).orElse(false)) {
                return; // another writer got further
            }
            Path partial = Files.createTempFile(checkpoint.getParent(), "checkpoint", ".tmp");
            try {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's permissions apply
            }
            String content = Checkpoint.content(sequence, hash);
            Files.writeString(partial, content + " " + AuditChain.mac(key, content) + "\n", StandardCharsets.UTF_8);
            Files.move(partial, checkpoint, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the audit checkpoint " + checkpoint, e);
        }
    }

    /** The checkpoint as written (its signature is checked by the verifier), or empty when none was written yet. */
    Optional<Checkpoint> read() {
        try {
            if (!Files.exists(checkpoint)) {
                return Optional.empty();
            }
            List<String> parts = List.of(
                    Files.readString(checkpoint, StandardCharsets.UTF_8).trim().split(" "));
            if (parts.size() != 3) {
                return Optional.of(new Checkpoint(Long.MAX_VALUE, "", "unreadable"));
            }
            return Optional.of(new Checkpoint(Long.parseLong(parts.get(0)), parts.get(1), parts.get(2)));
        } catch (IOException | NumberFormatException e) {
            return Optional.of(new Checkpoint(Long.MAX_VALUE, "", "unreadable"));
        }
    }
}
