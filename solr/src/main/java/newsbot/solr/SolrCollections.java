package newsbot.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.util.ContentStreamBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shipped configset ({@code newsbot/solr/configset/} on the class path: schema and
 * solrconfig) and the collections made from it: uploaded and created over the Collections and
 * Configsets APIs when missing. A collection made by an older release, whose schema lacks a field
 * of the shipped one, is moved to the shipped configset and reloaded (fields are only ever added,
 * so what it holds stays readable; the bot's index version then has it rewritten).
 */
final class SolrCollections {

  private static final Logger LOG = LoggerFactory.getLogger(SolrCollections.class);
  /** The configset's name in the cluster. */
  static final String CONFIGSET = "newsbot";
  /** The configset's files, under {@link #RESOURCES}. */
  static final List<String> FILES = List.of("solrconfig.xml", "schema.xml");
  static final String RESOURCES = "/newsbot/solr/configset/";
  /** The core property the schema reads the vector dimension from. */
  static final String DIMENSION_PROPERTY = "newsbot.vector.dimension";
  private static final Pattern FIELD = Pattern.compile("<field name=\"([^\"]+)\"");

  private final SolrNodes nodes;
  private final SolrSettings settings;

  SolrCollections(SolrNodes nodes, SolrSettings settings) {
    this.nodes = nodes;
    this.settings = settings;
  }

  /** {@code <prefix>_<model>}, in the characters Solr allows in a collection name. */
  static String name(String prefix, String model) {
    return (prefix + "_" + model).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]", "_");
  }

  /** Creates the collection (and uploads the configset) when missing. */
  void ensure(String collection, int dimension) throws IOException {
    List<String> existing = nodes.request(new CollectionAdminRequest.List(), null)
        .getResponse().getAll("collections").stream().flatMap(o -> ((List<?>) o).stream())
        .map(Object::toString).toList();
    if (existing.contains(collection)) {
      List<String> missing = missingFields(collection);
      if (!missing.isEmpty()) {
        upgrade(collection, missing);
      }
      return;
    }
    if (!nodes.request(new ConfigSetAdminRequest.List(), null).getConfigSets()
        .contains(CONFIGSET)) {
      upload(false);
    }
    CollectionAdminResponse created = nodes.request(CollectionAdminRequest.createCollection(
            collection, CONFIGSET, settings.shards(), settings.replicas())
        .withProperty(DIMENSION_PROPERTY, Integer.toString(dimension)), null);
    if (!created.isSuccess()) {
      throw new IOException("creating collection " + collection + " in " + settings.describe()
          + " failed: " + created.getErrorMessages());
    }
    LOG.info("created collection {} ({} shards x {} replicas, {} dimensions) in {}", collection,
        settings.shards(), settings.replicas(), dimension, settings.describe());
  }

  /** The fields of the shipped schema that the collection's schema lacks. */
  private List<String> missingFields(String collection) throws IOException {
    Set<String> present = new HashSet<>();
    for (Map<String, Object> f : nodes.request(new SchemaRequest.Fields(), collection)
        .getFields()) {
      present.add(f.get("name").toString());
    }
    return shippedFields().stream().filter(f -> !present.contains(f)).toList();
  }

  /** The names of the fields the shipped schema declares. */
  static List<String> shippedFields() throws IOException {
    String schema;
    try (InputStream in = SolrCollections.class.getResourceAsStream(RESOURCES + "schema.xml")) {
      if (in == null) {
        throw new IllegalStateException("configset file missing from the jar: schema.xml");
      }
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return FIELD.matcher(schema).results().map(m -> m.group(1)).toList();
  }

  private void upgrade(String collection, List<String> missing) throws IOException {
    upload(true);
    nodes.request(CollectionAdminRequest.modifyCollection(collection,
        Map.<String, Object>of("collection.configName", CONFIGSET)), null);
    nodes.request(CollectionAdminRequest.reloadCollection(collection), null);
    LOG.info("collection {} in {} lacked fields {}: moved to the shipped configset {} and"
        + " reloaded", collection, settings.describe(), missing, CONFIGSET);
  }

  private void upload(boolean overwrite) throws IOException {
    ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
    upload.setConfigSetName(CONFIGSET);
    upload.setOverwrite(overwrite);
    ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(zip(),
        CONFIGSET + ".zip", "application/zip");
    upload.setUploadStream(zip);
    nodes.request(upload, null);
    LOG.info("uploaded configset {} to {}", CONFIGSET, settings.describe());
  }

  /** The configset as the Configsets API takes it: a zip of its files. */
  static byte[] zip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String file : FILES) {
        zip.putNextEntry(new ZipEntry(file));
        try (InputStream in = SolrCollections.class.getResourceAsStream(RESOURCES + file)) {
          if (in == null) {
            throw new IllegalStateException("configset file missing from the jar: " + file);
          }
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
