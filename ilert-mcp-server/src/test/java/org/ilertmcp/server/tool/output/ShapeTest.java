package org.ilertmcp.server.tool.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ilertmcp.mcp.json.Json;
import org.junit.jupiter.api.Test;

class ShapeTest {
  private record Tag(String label) {}

  private record Item(Long id, String title, Instant at, Boolean done, List<Tag> tags) {}

  private static final Shape<Tag> TAG = Shape.<Tag>object().string("label", Tag::label).build();

  private static final Shape<Item> ITEM =
      Shape.<Item>object()
          .integer("id", Item::id)
          .text("title", Item::title)
          .time("at", Item::at)
          .unlisted()
          .bool("done", Item::done)
          .list("tags", TAG, Item::tags)
          .required("id")
          .build();

  @Test
  void theSchemaListsTheListedFieldsInOrderWithTheirTypes() {
    assertThat(Json.write(ITEM.schema()))
        .isEqualTo(
            "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"},"
                + "\"title\":{\"type\":\"string\"},\"done\":{\"type\":\"boolean\"},"
                + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":"
                + "{\"label\":{\"type\":\"string\"}}}}},\"required\":[\"id\"]}");
  }

  @Test
  void theViewWritesEveryFieldDropsNullsAndEmptyListsAndCleansText() {
    Item item =
        new Item(7L, "disk\u0000 full", Instant.parse("2026-11-24T12:00:00Z"), null, List.of());
    assertThat(Json.write(ITEM.view(item)))
        .isEqualTo("{\"id\":7,\"title\":\"disk full\",\"at\":\"2026-11-24T12:00:00Z\"}");
    Item tagged = new Item(8L, null, null, true, List.of(new Tag("db")));
    assertThat(Json.write(ITEM.view(tagged)))
        .isEqualTo("{\"id\":8,\"done\":true,\"tags\":[{\"label\":\"db\"}]}");
    assertThat(ITEM.view(null)).isNull();
  }

  @Test
  void aStringOrNullIsWrittenAsNullWhenAbsent() {
    Shape<Tag> named = Shape.<Tag>object().stringOrNull("label", Tag::label).build();
    assertThat(Json.write(named.view(new Tag(null)))).isEqualTo("{\"label\":null}");
    assertThat(Json.write(named.view(new Tag("db")))).isEqualTo("{\"label\":\"db\"}");
    assertThat(Json.write(named.schema()))
        .isEqualTo("{\"type\":\"object\",\"properties\":{\"label\":{\"type\":\"string\"}}}");
  }

  @Test
  void aRequiredFieldMustBeListedAndANameDeclaredOnce() {
    assertThatThrownBy(
            () -> Shape.<Tag>object().string("label", Tag::label).unlisted().required("label"))
        .hasMessageContaining("label is not listed");
    assertThatThrownBy(
            () -> Shape.<Tag>object().string("label", Tag::label).string("label", Tag::label))
        .hasMessageContaining("declared twice");
  }

  private record Window(
      Long id, List<Long> sourceIds, List<String> tags, Map<String, String> labels, Double share) {}

  private static final Shape<Window> WINDOW =
      Shape.<Window>object()
          .integer("id", Window::id)
          .integers("alert_source_ids", Window::sourceIds)
          .keepEmpty()
          .texts("tags", Window::tags)
          .textMap("labels", Window::labels)
          .number("share", Window::share)
          .build();

  @Test
  void plainListsMapsAndNumbersHaveTheirTypesAndAKeptEmptyListIsWrittenAsEmpty() {
    assertThat(Json.write(WINDOW.schema()))
        .isEqualTo(
            "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"},"
                + "\"alert_source_ids\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}},"
                + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
                + "\"labels\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}},"
                + "\"share\":{\"type\":\"number\"}}}");
    Window bare = new Window(1L, null, List.of(), Map.of(), null);
    assertThat(Json.write(WINDOW.view(bare))).isEqualTo("{\"id\":1,\"alert_source_ids\":[]}");
    Window full =
        new Window(2L, List.of(3L, 4L), List.of("a\u200bb"), Map.of("k\u0000", "v\u202e"), 0.25);
    assertThat(Json.write(WINDOW.view(full)))
        .isEqualTo(
            "{\"id\":2,\"alert_source_ids\":[3,4],\"tags\":[\"ab\"],\"labels\":{\"k\":\"v\"},"
                + "\"share\":0.25}");
    assertThatThrownBy(() -> Shape.<Window>object().integer("id", Window::id).keepEmpty())
        .hasMessageContaining("id is not a list");
  }

  private record Answer(List<Tag> periods) {}

  private static final Shape<Answer> ANSWER =
      Shape.<Answer>object().list("periods", TAG, Answer::periods).keepEmptyUnlessNull().build();

  @Test
  void aListKeptEmptyUnlessNullIsWrittenWhenEmptyAndLeftOutWhenNull() {
    assertThat(Json.write(ANSWER.view(new Answer(List.of())))).isEqualTo("{\"periods\":[]}");
    assertThat(Json.write(ANSWER.view(new Answer(null)))).isEqualTo("{}");
    assertThat(Json.write(ANSWER.view(new Answer(List.of(new Tag("w1"))))))
        .isEqualTo("{\"periods\":[{\"label\":\"w1\"}]}");
    assertThatThrownBy(() -> Shape.<Tag>object().string("label", Tag::label).keepEmptyUnlessNull())
        .hasMessageContaining("label is not a list");
  }

  private record Tagged(Item item, String note) {}

  @Test
  void fieldsOfAnotherShapeAreWrittenAndListedAsThatShapeDeclaresThem() {
    Shape<Tagged> tagged =
        Shape.<Tagged>object().fields(ITEM, Tagged::item).string("note", Tagged::note).build();
    assertThat(tagged.schema().get("properties").propertyNames())
        .containsExactly("id", "title", "done", "tags", "note");
    assertThat(Json.write(tagged.schema().get("required"))).isEqualTo("[\"id\"]");
    Item item = new Item(7L, "disk", Instant.parse("2026-11-24T12:00:00Z"), null, null);
    assertThat(Json.write(tagged.view(new Tagged(item, "seen"))))
        .isEqualTo(
            "{\"id\":7,\"title\":\"disk\",\"at\":\"2026-11-24T12:00:00Z\",\"note\":\"seen\"}");
    assertThat(Json.write(tagged.view(new Tagged(null, "seen")))).isEqualTo("{\"note\":\"seen\"}");
  }

  private record Tally(Map<String, Integer> byType, String note) {}

  @Test
  void countsAreAnObjectOfIntegersWrittenEvenWhenEmptyAndTheSchemaOrderCanDifferFromTheViews() {
    Shape<Tally> tally =
        Shape.<Tally>object()
            .counts("by_type", Tally::byType)
            .string("note", Tally::note)
            .schemaOrder("note", "by_type")
            .build();
    assertThat(Json.write(tally.view(new Tally(Map.of("ALERT_CREATED", 2), "n"))))
        .isEqualTo("{\"by_type\":{\"ALERT_CREATED\":2},\"note\":\"n\"}");
    assertThat(Json.write(tally.view(new Tally(Map.of(), null)))).isEqualTo("{\"by_type\":{}}");
    assertThat(Json.write(tally.view(new Tally(null, null)))).isEqualTo("{}");
    assertThat(Json.write(tally.schema()))
        .isEqualTo(
            "{\"type\":\"object\",\"properties\":{\"note\":{\"type\":\"string\"},"
                + "\"by_type\":{\"type\":\"object\",\"additionalProperties\":"
                + "{\"type\":\"integer\"}}}}");
    assertThatThrownBy(() -> Shape.<Tally>object().string("note", Tally::note).schemaOrder("x"))
        .hasMessageContaining("listed fields");
  }

  @Test
  void aListWithUnlistedItemsIsDeclaredAsAnArrayAndWrittenInFull() {
    Shape<Item> shape = Shape.<Item>object().list("tags", TAG, Item::tags).itemsUnlisted().build();
    assertThat(Json.write(shape.schema()))
        .isEqualTo("{\"type\":\"object\",\"properties\":{\"tags\":{\"type\":\"array\"}}}");
    assertThat(Json.write(shape.view(new Item(1L, null, null, null, List.of(new Tag("db"))))))
        .isEqualTo("{\"tags\":[{\"label\":\"db\"}]}");
    assertThatThrownBy(() -> Shape.<Tag>object().string("label", Tag::label).itemsUnlisted())
        .hasMessageContaining("label is not a list");
  }
}
