package org.openics.record.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * HL7 v2 over MLLP (a vertical tab, the message, a file separator and a carriage return), off unless
 * {@code openics.mllp.port} is set ({@code openics serve --mllp-port N}). Listens on {@code openics.mllp.bind}
 * (default 127.0.0.1: MLLP carries no credentials, so the network is the trust boundary — expose it only on the
 * integration network). Each message is answered with an ACK or a NAK with the reason ({@link RecordService#receiveAdt}).
 */
@Component
class MllpListener {

    private static final Logger log = LoggerFactory.getLogger(MllpListener.class);
    private static final int START = 0x0b;
    private static final int END = 0x1c;
    private static final int MAX_MESSAGE = 1 << 20;

    private final RecordService record;
    private final Integer configuredPort;
    private final String bind;
    private volatile ServerSocket server;

    MllpListener(
            RecordService record,
            @Value("${openics.mllp.port:#{null}}") Integer configuredPort,
            @Value("${openics.mllp.bind:127.0.0.1}") String bind) {
        this.record = record;
        this.configuredPort = configuredPort;
        this.bind = bind;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startIfAsked() throws IOException {
        if (configuredPort != null) {
            int port = start(configuredPort);
            log.info("HL7 v2 MLLP listener on {}:{}", bind, port);
            System.out.println("HL7 v2 ADT over MLLP at " + bind + ":" + port);
        }
    }

    /** Starts listening (port 0: any free port) and answers the port. */
    synchronized int start(int port) throws IOException {
        if (server != null) {
            return server.getLocalPort();
        }
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(bind), port));
        server = socket;
        Thread acceptor = new Thread(() -> accept(socket), "mllp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return socket.getLocalPort();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread worker = new Thread(() -> serve(connection), "mllp-" + connection.getRemoteSocketAddress());
                worker.setDaemon(true);
                worker.start();
            } catch (SocketException e) {
                return; // closed
            } catch (IOException e) {
                log.warn("MLLP accept failed: {}", e.getMessage());
            }
        }
    }

    private void serve(Socket connection) {
        try (connection;
                InputStream in = new BufferedInputStream(connection.getInputStream());
                OutputStream out = connection.getOutputStream()) {
            connection.setSoTimeout(300_000);
            String message;
            while ((message = frame(in)) != null) {
                String answer =
                        record.receiveAdt(message, connection.getInetAddress().getHostAddress());
                out.write(START);
                out.write(answer.getBytes(StandardCharsets.UTF_8));
                out.write(END);
                out.write('\r');
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("MLLP connection from {} ended: {}", connection.getRemoteSocketAddress(), e.getMessage());
        }
    }

    /** The next framed message, or null at the end of the stream; bytes outside a frame are skipped. */
    static String frame(InputStream in) throws IOException {
        int b;
        while ((b = in.read()) != START) {
            if (b < 0) {
                return null;
            }
        }
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while ((b = in.read()) != END) {
            if (b < 0) {
                return null; // cut off mid-message: nothing to acknowledge
            }
            if (message.size() >= MAX_MESSAGE) {
                throw new IOException("an MLLP message longer than " + MAX_MESSAGE + " bytes");
            }
            message.write(b);
        }
        in.read(); // the carriage return after the end byte
        return message.toString(StandardCharsets.UTF_8);
    }

    @jakarta.annotation.PreDestroy
    synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
