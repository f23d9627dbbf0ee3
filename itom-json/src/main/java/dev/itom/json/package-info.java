/**
 * The {@code itom/1} JSON and YAML format: {@link dev.itom.json.ItomJson} and {@link
 * dev.itom.json.ItomYaml} give thread-safe, reusable readers and writers; {@link
 * dev.itom.json.ItomModule} plugs the format into any Jackson {@code ObjectMapper}. The format is
 * described in {@code docs/FORMAT.md} and by the JSON Schema {@code
 * dev/itom/json/itom-1.schema.json} in this jar.
 *
 * <p>Every parameter and return value is non-null unless annotated otherwise; public methods reject
 * null with a {@link NullPointerException}.
 */
@NullMarked
package dev.itom.json;

import org.jspecify.annotations.NullMarked;
