/*
 * JNI glue between Headroom's code compressor and the tree-sitter runtime: one call parses a source
 * text and returns the whole syntax tree flattened in pre-order, so Java never crosses JNI per node.
 *
 * Each node is NODE_INTS ints: symbol, flags, start byte, end byte, field id, end of subtree (the
 * pre-order index just past the node's last descendant). Symbols index the array symbolNames returns;
 * tree-sitter's two built-in error symbols (0xFFFF, 0xFFFE) are remapped to the two slots after the
 * language's own symbols.
 */
#include <jni.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <tree_sitter/api.h>

#define NODE_INTS 6
#define FLAG_NAMED 1
#define FLAG_MISSING 2
#define FLAG_ERROR 4
#define FLAG_HAS_ERROR 8

#define EXPORT __attribute__((visibility("default")))

const TSLanguage *tree_sitter_python(void);
const TSLanguage *tree_sitter_javascript(void);
const TSLanguage *tree_sitter_typescript(void);
const TSLanguage *tree_sitter_go(void);
const TSLanguage *tree_sitter_rust(void);
const TSLanguage *tree_sitter_java(void);
const TSLanguage *tree_sitter_c(void);
const TSLanguage *tree_sitter_cpp(void);

/* The order matches ai.headroom.core.compress.code.CodeLanguage's constants. */
static const TSLanguage *(*const LANGUAGES[])(void) = {
    tree_sitter_python, tree_sitter_javascript, tree_sitter_typescript, tree_sitter_go,
    tree_sitter_rust, tree_sitter_java, tree_sitter_c, tree_sitter_cpp,
};

typedef struct {
    jint *ints;
    size_t used;
    size_t capacity;
} Nodes;

typedef struct {
    const char *text;
    uint32_t length;
} Source;

typedef struct {
    struct timespec deadline;
} Budget;

static int grow(Nodes *nodes) {
    size_t capacity = nodes->capacity ? nodes->capacity * 2 : 4096 * NODE_INTS;
    jint *ints = realloc(nodes->ints, capacity * sizeof(jint));
    if (!ints) {
        return 0;
    }
    nodes->ints = ints;
    nodes->capacity = capacity;
    return 1;
}

/* An open node of the walk: its index and whether it spans enough rows to have its children read. */
typedef struct {
    long index;
    int big;
} Open;

static int flag(const Nodes *nodes, long index, int bit) {
    return (nodes->ints[index * NODE_INTS + 1] & bit) != 0;
}

/*
 * Appends the cursor's node and returns its index, or -1 when memory ran out. The field is the one
 * ts_node_child_by_field_name would find the node under: none inside an ERROR node, whose children
 * the cursor may still report fields for through hidden nodes.
 */
static long emit(Nodes *nodes, TSTreeCursor *cursor, uint32_t symbols, int parentIsError, uint32_t bigRows, int *big) {
    if (nodes->used + NODE_INTS > nodes->capacity && !grow(nodes)) {
        return -1;
    }
    TSNode node = ts_tree_cursor_current_node(cursor);
    TSSymbol symbol = ts_node_symbol(node);
    jint *slot = nodes->ints + nodes->used;
    slot[0] = symbol == (TSSymbol) -1 ? (jint) symbols : symbol == (TSSymbol) -2 ? (jint) symbols + 1 : symbol;
    slot[1] = (ts_node_is_named(node) ? FLAG_NAMED : 0) | (ts_node_is_missing(node) ? FLAG_MISSING : 0)
            | (symbol == (TSSymbol) -1 ? FLAG_ERROR : 0) | (ts_node_has_error(node) ? FLAG_HAS_ERROR : 0);
    slot[2] = (jint) ts_node_start_byte(node);
    slot[3] = (jint) ts_node_end_byte(node);
    slot[4] = parentIsError ? 0 : ts_tree_cursor_current_field_id(cursor);
    slot[5] = 0;
    *big = ts_node_end_point(node).row - ts_node_start_point(node).row >= bigRows;
    long index = (long) (nodes->used / NODE_INTS);
    nodes->used += NODE_INTS;
    return index;
}

/*
 * Walks the tree in pre-order with one cursor; the stack holds the open ancestors. With expandRows
 * above 0 the walk reads a node's children only where the skeleton planner may look: the root, nodes
 * spanning at least that many rows and their children, and nodes holding an error. Any other node is
 * written as a leaf, which saves most of the walk, as most nodes sit inside short statements.
 */
static int flatten(TSNode root, uint32_t symbols, uint32_t expandRows, Nodes *nodes) {
    size_t depth = 0, stackCapacity = 256;
    Open *stack = malloc(stackCapacity * sizeof(Open));
    if (!stack) {
        return 0;
    }
    uint32_t bigRows = expandRows > 0 ? expandRows : 0;
    TSTreeCursor cursor = ts_tree_cursor_new(root);
    int ok = 1, big = 0;
    long index = emit(nodes, &cursor, symbols, 0, bigRows, &big);
    if (index < 0) {
        ok = 0;
        goto done;
    }
    stack[depth++] = (Open) {index, big};
    for (;;) {
        const Open *top = &stack[depth - 1];
        int expand = expandRows == 0 || depth == 1 || top->big || stack[depth - 2].big
                || flag(nodes, top->index, FLAG_HAS_ERROR);
        if (expand && ts_tree_cursor_goto_first_child(&cursor)) {
            index = emit(nodes, &cursor, symbols, flag(nodes, top->index, FLAG_ERROR), bigRows, &big);
        } else {
            for (;;) {
                nodes->ints[stack[--depth].index * NODE_INTS + 5] = (jint) (nodes->used / NODE_INTS);
                if (ts_tree_cursor_goto_next_sibling(&cursor)) {
                    /* A root has no siblings, so a sibling always has its parent on the stack. */
                    index = emit(nodes, &cursor, symbols, flag(nodes, stack[depth - 1].index, FLAG_ERROR), bigRows, &big);
                    break;
                }
                if (!ts_tree_cursor_goto_parent(&cursor)) {
                    goto done;
                }
            }
        }
        if (index < 0) {
            ok = 0;
            goto done;
        }
        if (depth == stackCapacity) {
            Open *bigger = realloc(stack, stackCapacity * 2 * sizeof(Open));
            if (!bigger) {
                ok = 0;
                goto done;
            }
            stack = bigger;
            stackCapacity *= 2;
        }
        stack[depth++] = (Open) {index, big};
    }
done:
    ts_tree_cursor_delete(&cursor);
    free(stack);
    return ok;
}

static const char *read_source(void *payload, uint32_t byte_index, TSPoint position, uint32_t *bytes_read) {
    (void) position;
    Source *source = payload;
    if (byte_index >= source->length) {
        *bytes_read = 0;
        return "";
    }
    *bytes_read = source->length - byte_index;
    return source->text + byte_index;
}

/* Asks tree-sitter to stop once the caller's time budget is spent: the compressor then leaves the code alone. */
static bool over_budget(TSParseState *state) {
    Budget *budget = state->payload;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec > budget->deadline.tv_sec
            || (now.tv_sec == budget->deadline.tv_sec && now.tv_nsec >= budget->deadline.tv_nsec);
}

EXPORT JNIEXPORT jlong JNICALL Java_ai_headroom_core_compress_code_NativeTreeSitter_newParser(JNIEnv *env, jclass type) {
    (void) env;
    (void) type;
    return (jlong) (intptr_t) ts_parser_new();
}

EXPORT JNIEXPORT void JNICALL Java_ai_headroom_core_compress_code_NativeTreeSitter_deleteParser(
        JNIEnv *env, jclass type, jlong parser) {
    (void) env;
    (void) type;
    ts_parser_delete((TSParser *) (intptr_t) parser);
}

EXPORT JNIEXPORT jint JNICALL Java_ai_headroom_core_compress_code_NativeTreeSitter_languageCount(JNIEnv *env, jclass type) {
    (void) env;
    (void) type;
    return (jint) (sizeof(LANGUAGES) / sizeof(LANGUAGES[0]));
}

static const TSLanguage *language_at(jint language) {
    return language >= 0 && (size_t) language < sizeof(LANGUAGES) / sizeof(LANGUAGES[0]) ? LANGUAGES[language]() : NULL;
}

static jobjectArray strings(JNIEnv *env, jsize count) {
    jclass stringClass = (*env)->FindClass(env, "java/lang/String");
    return stringClass ? (*env)->NewObjectArray(env, count, stringClass, NULL) : NULL;
}

static int put(JNIEnv *env, jobjectArray array, jsize index, const char *value) {
    if (!value) {
        return 1;
    }
    jstring string = (*env)->NewStringUTF(env, value);
    if (!string) {
        return 0;
    }
    (*env)->SetObjectArrayElement(env, array, index, string);
    (*env)->DeleteLocalRef(env, string);
    return 1;
}

EXPORT JNIEXPORT jobjectArray JNICALL Java_ai_headroom_core_compress_code_NativeTreeSitter_symbolNames(
        JNIEnv *env, jclass type, jint language) {
    (void) type;
    const TSLanguage *grammar = language_at(language);
    if (!grammar) {
        return NULL;
    }
    uint32_t count = ts_language_symbol_count(grammar);
    jobjectArray names = strings(env, (jsize) count + 2);
    if (!names) {
        return NULL;
    }
    for (uint32_t symbol = 0; symbol < count; symbol++) {
        if (!put(env, names, (jsize) symbol, ts_language_symbol_name(grammar, (TSSymbol) symbol))) {
            return NULL;
        }
    }
    if (!put(env, names, (jsize) count, ts_language_symbol_name(grammar, (TSSymbol) -1))
            || !put(env, names, (jsize) count + 1, ts_language_symbol_name(grammar, (TSSymbol) -2))) {
        return NULL;
    }
    return names;
}

EXPORT JNIEXPORT jobjectArray JNICALL Java_ai_headroom_core_compress_code_NativeTreeSitter_fieldNames(
        JNIEnv *env, jclass type, jint language) {
    (void) type;
    const TSLanguage *grammar = language_at(language);
    if (!grammar) {
        return NULL;
    }
    /* Field ids run from 1 to the count; slot 0 stands for "no field". */
    uint32_t count = ts_language_field_count(grammar);
    jobjectArray names = strings(env, (jsize) count + 1);
    if (!names) {
        return NULL;
    }
    for (uint32_t field = 1; field <= count; field++) {
        if (!put(env, names, (jsize) field, ts_language_field_name_for_id(grammar, (TSFieldId) field))) {
            return NULL;
        }
    }
    return names;
}

/*
 * The ranges of text[0, length) outside the skipped byte ranges (start and end pairs, sorted, apart), with
 * their rows and columns; NULL when memory ran out.
 */
static TSRange *included_ranges(const char *text, uint32_t length, const jint *skipped, jsize ints, uint32_t *count) {
    TSRange *ranges = malloc(((size_t) ints / 2 + 1) * sizeof(TSRange));
    if (!ranges) {
        return NULL;
    }
    uint32_t pos = 0;
    uint32_t row = 0;
    uint32_t row_start = 0;
    uint32_t start = 0;
    TSPoint start_point = {0, 0};
    *count = 0;
    for (jsize i = 0; i + 1 < ints; i += 2) {
        uint32_t from = (uint32_t) skipped[i];
        uint32_t to = (uint32_t) skipped[i + 1];
        if (from < start || to < from || to > length) {
            free(ranges);
            return NULL;
        }
        for (; pos < from; pos++) {
            if (text[pos] == '\n') {
                row++;
                row_start = pos + 1;
            }
        }
        if (from > start) {
            ranges[(*count)++] = (TSRange) {start_point, {row, from - row_start}, start, from};
        }
        for (; pos < to; pos++) {
            if (text[pos] == '\n') {
                row++;
                row_start = pos + 1;
            }
        }
        start = to;
        start_point = (TSPoint) {row, to - row_start};
    }
    for (; pos < length; pos++) {
        if (text[pos] == '\n') {
            row++;
            row_start = pos + 1;
        }
    }
    ranges[(*count)++] = (TSRange) {start_point, {row, length - row_start}, start, length};
    return ranges;
}

/*
 * Parses utf8[0, length) and returns the flattened tree (pruned as flatten describes when expandRows
 * is above 0), or null when the language is unknown, the budget (microseconds, 0 for none) ran out,
 * or memory did. The byte ranges in skipped (start and end pairs, or null) are left out of the parse: the
 * lexer jumps over them, as over text that is not there, and node offsets stay those of the whole text.
 */
EXPORT JNIEXPORT jintArray JNICALL Java_ai_headroom_core_compress_code_NativeTreeSitter_parse(
        JNIEnv *env, jclass type, jlong parserHandle, jint language, jbyteArray utf8, jint length, jlong budgetMicros,
        jint expandRows, jintArray skipped) {
    (void) type;
    TSParser *parser = (TSParser *) (intptr_t) parserHandle;
    const TSLanguage *grammar = language_at(language);
    if (!parser || !grammar || length < 0 || !ts_parser_set_language(parser, grammar)) {
        return NULL;
    }
    /* A private copy: tree-sitter reads the text while parsing, and a pinned Java array would hold up the GC. */
    char *text = malloc(length > 0 ? (size_t) length : 1);
    if (!text) {
        return NULL;
    }
    (*env)->GetByteArrayRegion(env, utf8, 0, length, (jbyte *) text);
    if ((*env)->ExceptionCheck(env)) {
        free(text);
        return NULL;
    }
    if (skipped) {
        jsize ints = (*env)->GetArrayLength(env, skipped);
        jint *pairs = (*env)->GetIntArrayElements(env, skipped, NULL);
        uint32_t count = 0;
        TSRange *ranges = pairs ? included_ranges(text, (uint32_t) length, pairs, ints, &count) : NULL;
        if (pairs) {
            (*env)->ReleaseIntArrayElements(env, skipped, pairs, JNI_ABORT);
        }
        bool set = ranges && ts_parser_set_included_ranges(parser, ranges, count);
        free(ranges);
        if (!set) {
            free(text);
            return NULL;
        }
    }
    Source source = {text, (uint32_t) length};
    TSInput input = {&source, read_source, TSInputEncodingUTF8, NULL};
    TSTree *tree;
    if (budgetMicros > 0) {
        Budget budget;
        clock_gettime(CLOCK_MONOTONIC, &budget.deadline);
        budget.deadline.tv_sec += (time_t) (budgetMicros / 1000000);
        budget.deadline.tv_nsec += (long) (budgetMicros % 1000000) * 1000;
        if (budget.deadline.tv_nsec >= 1000000000L) {
            budget.deadline.tv_sec++;
            budget.deadline.tv_nsec -= 1000000000L;
        }
        TSParseOptions options = {&budget, over_budget};
        tree = ts_parser_parse_with_options(parser, NULL, input, options);
    } else {
        tree = ts_parser_parse(parser, NULL, input);
    }
    /* A cancelled parse leaves state behind that would resume on the next call. */
    ts_parser_reset(parser);
    if (skipped) {
        ts_parser_set_included_ranges(parser, NULL, 0); /* the next parse reads the whole text again */
    }
    jintArray result = NULL;
    if (tree) {
        Nodes nodes = {NULL, 0, 0};
        if (flatten(ts_tree_root_node(tree), ts_language_symbol_count(grammar), expandRows > 0 ? (uint32_t) expandRows : 0, &nodes)) {
            result = (*env)->NewIntArray(env, (jsize) nodes.used);
            if (result) {
                (*env)->SetIntArrayRegion(env, result, 0, (jsize) nodes.used, nodes.ints);
            }
        }
        free(nodes.ints);
        ts_tree_delete(tree);
    }
    free(text);
    return result;
}
