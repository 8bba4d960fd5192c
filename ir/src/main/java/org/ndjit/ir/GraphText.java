package org.ndjit.ir;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical text form of a graph, one node a line in dependency order, each node named once
 * (jaxpr style): {@code %2 = add f64[3,4] %0 %1}. Printing is iterative, so any depth prints.
 */
public final class GraphText {
    private GraphText() {}

    public static String of(Node root) {
        List<Node> order = Topo.order(root);
        Map<Node, String> names = new IdentityHashMap<>();
        StringBuilder sb = new StringBuilder();
        for (Node n : order) {
            String name = "%" + names.size();
            names.put(n, name);
            sb.append(name).append(" = ").append(n.op().numpyName()).append(' ').append(type(n));
            for (int i = 0; i < n.arity(); i++) sb.append(' ').append(names.get(n.src(i)));
            if (n.arg() != null && n.op() != Op.BUFFER) sb.append(" {").append(n.arg()).append('}');
            sb.append('\n');
        }
        return sb.toString();
    }

    /** {@code f64[3,4]}, {@code bool[]}. */
    public static String type(Node n) {
        String short_ = switch (n.dtype()) {
            case BOOL -> "bool";
            case INT32 -> "i32";
            case INT64 -> "i64";
            case FLOAT32 -> "f32";
            case FLOAT64 -> "f64";
            case INT8 -> "i8";
            case INT16 -> "i16";
            case UINT8 -> "u8";
            case UINT16 -> "u16";
            case UINT32 -> "u32";
            case UINT64 -> "u64";
            case FLOAT16 -> "f16";
        };
        String dims = Shapes.compact(n.shape());
        dims = dims.substring(1, dims.length() - 1);
        if (dims.endsWith(",")) dims = dims.substring(0, dims.length() - 1);
        return short_ + "[" + dims + "]";
    }
}
