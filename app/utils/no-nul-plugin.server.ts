import {
  OperationNodeTransformer,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from "kysely";

// PostgreSQL cannot store a NUL character in text ("invalid byte sequence for encoding UTF8: 0x00"); SQLite can.
// Teachers never mean one, so every string parameter sent to either database has NUL replaced by U+FFFD. One
// place for every query means a hostile id or pasted binary can never become a 500, and both databases agree.

// eslint-disable-next-line no-control-regex -- NUL is what this finds
const NUL = /\u0000/g;
const REPLACEMENT = "\uFFFD";

function clean(value: unknown): unknown {
  return typeof value === "string" && value.includes("\u0000") ? value.replace(NUL, REPLACEMENT) : value;
}

class NulReplacer extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    const value = clean(node.value);
    return value === node.value ? node : { ...node, value };
  }

  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return node.values.some((v) => typeof v === "string" && v.includes("\u0000"))
      ? { ...node, values: node.values.map(clean) }
      : node;
  }
}

export class NoNulPlugin implements KyselyPlugin {
  readonly #replacer = new NulReplacer();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#replacer.transformNode(args.node, args.queryId);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
