package org.openics.synthetic.internal;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import org.openics.platform.ProgressListener;
import org.openics.registry.SystemOfSystems;
import org.openics.synthetic.Defect;
import org.openics.synthetic.GenerationRequest;
import org.openics.synthetic.GenerationSummary;
import org.openics.synthetic.OutputFormat;
import org.openics.synthetic.SyntheticPopulation;
import org.openics.synthetic.output.OrderedChunks;
import org.openics.synthetic.population.Ids;
import org.openics.synthetic.population.NhsNumbers;
import org.openics.synthetic.population.Person;
import org.openics.synthetic.population.PersonGenerator;
import org.openics.synthetic.population.PopulationFrame;
import org.openics.synthetic.population.PopulationFrame.OrganisationRef;
import org.openics.synthetic.population.PracticePrevalence;

/**
 * Generates people in fixed-size chunks on all cores and appends the chunks' lines in person order,
 * so that output is identical whatever the number of threads; at most a few chunks are in memory.
 */
public final class FhirPopulationWriter implements SyntheticPopulation {

    static final int CHUNK = 2_000;
    static final List<String> RESOURCE_TYPES = List.of(
            "Organization", "Patient", "Condition", "Observation", "Encounter", "MedicationRequest", "ServiceRequest");
    private static final Map<String, String> FILES =
            RESOURCE_TYPES.stream().collect(java.util.stream.Collectors.toMap(t -> t, t -> t + ".ndjson"));
    static final String BUNDLES = "Bundle.ndjson";
    public static final String DEFECTS = "defects.csv";
    private static final long DEFECT_SALT = 0x5EEDDEFEC7L;

    @Override
    public GenerationSummary generate(SystemOfSystems system, GenerationRequest request, ProgressListener progress)
            throws IOException {
        long started = System.nanoTime();
        PopulationFrame frame = frame(system, request);
        int people = frame.people();
        PersonGenerator generator = generator(frame, request);
        Files.createDirectories(request.out());
        List<String> files = request.format() == OutputFormat.NDJSON
                ? RESOURCE_TYPES.stream().map(t -> t + ".ndjson").toList()
                : List.of(BUNDLES);
        long[] deaths = {0};
        int[] done = {0};
        try (Output output = new Output(request.out(), files)) {
            output.append(organisations(frame, request));
            progress.start("Generating " + people + " people", people);
            OrderedChunks.run(people, CHUNK, (from, to) -> chunk(generator, request, from, to), chunk -> {
                deaths[0] += chunk.deaths;
                done[0] += chunk.people;
                output.append(chunk);
                progress.advance(done[0]);
            });
            progress.finish();
            output.close();
            List<String> notes = new ArrayList<>(frame.notes());
            return new GenerationSummary(
                    request.out(),
                    people,
                    deaths[0],
                    output.lines,
                    output.bytes,
                    output.defects,
                    Duration.ofNanos(System.nanoTime() - started),
                    notes);
        }
    }

    /**
     * The same people {@link #generate} writes, handed to {@code each} in order without writing FHIR (the demo feeds them
     * straight to analytics); the request's output folder, format and defect rate are not used.
     */
    @Override
    public GenerationSummary people(
            SystemOfSystems system, GenerationRequest request, Consumer<Person> each, ProgressListener progress)
            throws IOException {
        long started = System.nanoTime();
        PopulationFrame frame = frame(system, request);
        int people = frame.people();
        PersonGenerator generator = generator(frame, request);
        long[] deaths = {0};
        int[] done = {0};
        progress.start("Generating " + people + " people", people);
        OrderedChunks.run(
                people,
                CHUNK,
                (from, to) -> {
                    List<Person> chunk = new ArrayList<>(to - from);
                    for (int index = from; index < to; index++) {
                        chunk.add(generator.person(index));
                    }
                    return chunk;
                },
                chunk -> {
                    for (Person person : chunk) {
                        each.accept(person);
                        if (person.deathDate() != null) {
                            deaths[0]++;
                        }
                    }
                    done[0] += chunk.size();
                    progress.advance(done[0]);
                });
        progress.finish();
        return new GenerationSummary(
                request.out(),
                people,
                deaths[0],
                Map.of(),
                0,
                0,
                Duration.ofNanos(System.nanoTime() - started),
                frame.notes());
    }

    private static PopulationFrame frame(SystemOfSystems system, GenerationRequest request) throws IOException {
        PopulationFrame frame = PopulationFrame.of(system, request.icbCode(), request.scale());
        return request.practicePrevalence() == null
                ? frame
                : frame.calibratedTo(PracticePrevalence.read(request.practicePrevalence()));
    }

    private static PersonGenerator generator(PopulationFrame frame, GenerationRequest request) {
        NhsNumbers numbers = new NhsNumbers();
        numbers.firstNine(frame.people() - 1);
        return new PersonGenerator(frame, request.seed(), request.asAt(), numbers);
    }

    /** Organisations go first and are never spoilt: they are the reference the rest points at. */
    private static Chunk organisations(PopulationFrame frame, GenerationRequest request) {
        Chunk chunk = new Chunk(0, null, null);
        FhirJson json = new FhirJson();
        FhirJson.Bytes entries = new FhirJson.Bytes(1 << 16);
        for (OrganisationRef org : frame.organisations()) {
            String id = UUID.nameUUIDFromBytes(("ods:" + org.code()).getBytes(StandardCharsets.UTF_8))
                    .toString();
            byte[] resource = json.organizationJson(id, org).getBytes(StandardCharsets.UTF_8);
            if (request.format() == OutputFormat.NDJSON) {
                chunk.line("Organization.ndjson", resource, resource.length);
            } else {
                entry(entries, "Organization", id, resource, resource.length);
            }
        }
        if (request.format() == OutputFormat.BUNDLES) {
            FhirJson.Bytes line = bundle(
                    UUID.nameUUIDFromBytes("organisations".getBytes(StandardCharsets.UTF_8))
                            .toString(),
                    entries);
            chunk.line(BUNDLES, line.array(), line.size());
        }
        return chunk;
    }

    private static Chunk chunk(PersonGenerator generator, GenerationRequest request, int from, int to) {
        SplittableRandom defects = new SplittableRandom(Ids.mix(request.seed() ^ DEFECT_SALT, from));
        Chunk chunk = new Chunk(
                request.defectRate(), defects, new DefectInjector(request.asAt().toString()));
        FhirJson json = new FhirJson();
        FhirJson.Bytes entries = new FhirJson.Bytes(1 << 16);
        for (int index = from; index < to; index++) {
            Person person = generator.person(index);
            chunk.people++;
            if (person.deathDate() != null) {
                chunk.deaths++;
            }
            String missing = Ids.uuid(request.seed(), index, 9, 0);
            if (request.format() == OutputFormat.NDJSON) {
                json.person(
                        person,
                        (type, id, resource, length) -> chunk.emit(FILES.get(type), id, resource, length, missing));
            } else {
                entries.reset();
                json.person(person, (type, id, resource, length) -> entry(entries, type, id, resource, length));
                FhirJson.Bytes line = bundle(Ids.uuid(request.seed(), index, 8, 0), entries);
                chunk.emit(BUNDLES, person.id(), line.array(), line.size(), missing);
            }
        }
        return chunk;
    }

    private static void entry(FhirJson.Bytes entries, String type, String id, byte[] resource, int length) {
        if (entries.size() > 0) {
            entries.write(',');
        }
        entries.ascii("{\"fullUrl\":\"urn:uuid:" + id + "\",\"resource\":");
        entries.write(resource, 0, length);
        entries.ascii(",\"request\":{\"method\":\"PUT\",\"url\":\"" + type + "/" + id + "\"}}");
    }

    private static FhirJson.Bytes bundle(String id, FhirJson.Bytes entries) {
        FhirJson.Bytes line = new FhirJson.Bytes(entries.size() + 128);
        line.ascii("{\"resourceType\":\"Bundle\",\"id\":\"" + id + "\",\"type\":\"transaction\",\"entry\":[");
        line.write(entries.array(), 0, entries.size());
        line.ascii("]}");
        return line;
    }

    /** One chunk's lines per file, as UTF-8 bytes, with its faults numbered by line within the chunk. */
    static final class Chunk {
        private final double rate;
        private final SplittableRandom random;
        private final DefectInjector injector;
        final Map<String, FhirJson.Bytes> bytes = new LinkedHashMap<>();
        final Map<String, Long> lines = new LinkedHashMap<>();
        final List<Defect> defects = new ArrayList<>();
        int people;
        int deaths;

        Chunk(double rate, SplittableRandom random, DefectInjector injector) {
            this.rate = rate;
            this.random = random;
            this.injector = injector;
        }

        void emit(String file, String id, byte[] json, int length, String missing) {
            if (rate > 0 && random.nextDouble() < rate) {
                String text = new String(json, 0, length, StandardCharsets.UTF_8);
                DefectInjector.Outcome outcome = injector.spoil(text, id, missing, random);
                for (String spoilt : outcome.lines()) {
                    byte[] encoded = spoilt.getBytes(StandardCharsets.UTF_8);
                    line(file, encoded, encoded.length);
                }
                defects.add(new Defect(file, lines.get(file), outcome.resourceId(), outcome.kind()));
            } else {
                line(file, json, length);
            }
        }

        void line(String file, byte[] json, int length) {
            FhirJson.Bytes out = bytes.computeIfAbsent(file, f -> new FhirJson.Bytes(1 << 18));
            out.write(json, 0, length);
            out.write('\n');
            lines.merge(file, 1L, Long::sum);
        }
    }

    /** The open output files, with running line numbers so that chunk-local faults get file lines. */
    static final class Output implements AutoCloseable {
        private final Map<String, OutputStream> streams = new LinkedHashMap<>();
        final Map<String, Long> lines = new LinkedHashMap<>();
        private final BufferedWriter defectsCsv;
        long bytes;
        long defects;
        private boolean closed;

        Output(Path out, List<String> files) throws IOException {
            for (String file : files) {
                streams.put(file, new BufferedOutputStream(Files.newOutputStream(out.resolve(file)), 1 << 20));
                lines.put(file, 0L);
            }
            defectsCsv = Files.newBufferedWriter(out.resolve(DEFECTS), StandardCharsets.UTF_8);
            defectsCsv.write("file,line,resource_id,kind\n");
        }

        void append(Chunk chunk) throws IOException {
            for (Defect defect : chunk.defects) {
                defectsCsv.write(defect.file() + "," + (lines.get(defect.file()) + defect.line()) + ","
                        + defect.resourceId() + "," + defect.kind() + "\n");
                defects++;
            }
            for (Map.Entry<String, FhirJson.Bytes> part : chunk.bytes.entrySet()) {
                streams.get(part.getKey())
                        .write(part.getValue().array(), 0, part.getValue().size());
                bytes += part.getValue().size();
            }
            chunk.lines.forEach((file, count) -> lines.merge(file, count, Long::sum));
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            for (OutputStream stream : streams.values()) {
                stream.close();
            }
            defectsCsv.close();
        }
    }
}
