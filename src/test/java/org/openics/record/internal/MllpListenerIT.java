package org.openics.record.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openics.record.SharedCareRecord;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** HL7 v2 ADT over a real MLLP socket on localhost: ACK for a message stored, NAK with the reason for one refused. */
class MllpListenerIT extends PlatformIT {

    @Autowired
    MllpListener listener;

    @Autowired
    SharedCareRecord record;

    @Autowired
    JdbcTemplate jdbc;

    static String message(String facility, String controlId, String pid, String pv1) {
        return "MSH|^~\\&|PAS|" + facility + "|OPENICS|QZZ|20250401100000||ADT^A01^ADT_A01|" + controlId
                + "|P|2.4\rEVN|A01|20250401100000\r" + pid + "\r" + pv1 + "\r";
    }

    static String send(Socket socket, String message) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(0x0b);
        out.write(message.getBytes(StandardCharsets.UTF_8));
        out.write(0x1c);
        out.write('\r');
        out.flush();
        InputStream in = new BufferedInputStream(socket.getInputStream());
        return MllpListener.frame(in);
    }

    @Test
    void anAdmissionIsAcknowledgedAMessageWithoutItsPatientGetsANakAndIsQuarantinedAndAnUnknownSenderIsRefused()
            throws IOException {
        record.registerFeed(
                null, "RFX02", SharedCareRecord.OPERATOR); // feed-rfx02 (again: already registered, refused harmlessly)
        int port = listener.start(0);
        String visit = "PV1|1|I|WARD3" + "|".repeat(16) + "V9001";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(120_000);
            String ack =
                    send(socket, message("RFX02", "M1", "PID|1||K200001^^^RFX02^MR||Evans^Rhys||19550505|M", visit));
            assertThat(ack).contains("MSA|AA|M1");

            String nak = send(socket, message("RFX02", "M2", "PID|1||||Nobody^Known||19700101|M", visit));
            assertThat(nak).contains("MSA|AE|M2").contains("PID-3 patient identifier list is empty");

            String stranger =
                    send(socket, message("RFX99", "M3", "PID|1||K300001^^^RFX99^MR||Ghost^Gary||19600101|M", visit));
            assertThat(stranger)
                    .contains("MSA|AE|M3")
                    .contains("no integration feed is registered for sending facility RFX99");
        }
        assertThat(jdbc.queryForObject(
                        "select source || ' ' || (body ->> 'status') from record.resource where type = 'Encounter'"
                                + " and id = 'hl7-RFX02-v-V9001'",
                        String.class))
                .isEqualTo("RFX02 in-progress");
        assertThat(jdbc.queryForObject(
                        "select reason from record.quarantine where file = 'mllp/RFX02/M2'", String.class))
                .startsWith("PID-3 patient identifier list is empty");
        assertThat(jdbc.queryForObject(
                        "select count(*) from record.quarantine where file like 'mllp/RFX99/%'", Long.class))
                .as("nothing kept from a sender that is not registered")
                .isZero();
    }
}
