package ai.headroom.core.compress.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treesitter.TSNode;
import org.treesitter.TSParser;

class CursorNodeTest {

    private static final String SOURCE = """
            package demo;

            // first
            // second
            class Demo {
                int count;
                /** Says hello. */
                void hello() { System.out.println("hi"); }
                Demo() {}
            }
            """;

    private static TSNode parse(String source) {
        TSParser parser = new TSParser();
        parser.setLanguage(CodeLanguage.JAVA.grammar().orElseThrow());
        return parser.parseString(null, source).getRootNode();
    }

    private static List<String> typesByIndex(TSNode node) {
        List<String> types = new ArrayList<>();
        for (int i = 0; i < node.getChildCount(); i++) {
            types.add(node.getChild(i).getType());
        }
        return types;
    }

    @Test
    void childrenListsEveryNamedAndAnonymousChildInOrderWithItsBytes() {
        // given
        TSNode root = parse(SOURCE);
        TSNode classBody = root.getNamedChild(3).getChildByFieldName("body");
        // when
        SyntaxNode node = CursorNode.root(root).children().get(3).field("body").orElseThrow();
        // then
        assertThat(node.children()).extracting(SyntaxNode::type).containsExactlyElementsOf(typesByIndex(classBody));
        assertThat(node.children()).extracting(SyntaxNode::type).startsWith("{").endsWith("}");
        assertThat(node.children().get(1).startByte()).isEqualTo(classBody.getChild(1).getStartByte());
        assertThat(node.children().get(1).endByte()).isEqualTo(classBody.getChild(1).getEndByte());
    }

    @Test
    void listingAnotherNodesChildrenLeavesAnEarlierListIntact() {
        // given: every node of one walk shares one cursor
        SyntaxNode root = CursorNode.root(parse(SOURCE));
        List<SyntaxNode> top = root.children();
        List<String> before = top.stream().map(SyntaxNode::type).toList();
        // when
        List<SyntaxNode> inner = top.get(3).field("body").orElseThrow().children();
        // then
        assertThat(inner).hasSizeGreaterThan(2);
        assertThat(root.children()).extracting(SyntaxNode::type).containsExactlyElementsOf(before)
                .containsExactly("package_declaration", "line_comment", "line_comment", "class_declaration");
    }

    @Test
    void aLeafHasNoChildrenAndAMissingFieldIsEmpty() {
        // given
        SyntaxNode comment = CursorNode.root(parse(SOURCE)).children().get(1);
        // then
        assertThat(comment.children()).isEmpty();
        assertThat(comment.field("body")).isEmpty();
    }
}
