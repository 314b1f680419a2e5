#!/usr/bin/env python3
"""Writes a ~76 KB Claude-Code-shaped request (24 tools, short turns: nothing to compress) and a
variant whose last tool result is a large prose block (the compressible case)."""
import json, sys
tools = [{"name": f"Tool{i}", "description": ("Performs step %d of the agent workflow. " % i) * 78,
          "input_schema": {"type": "object", "properties": {"arg": {"type": "string"}}}} for i in range(24)]
msgs = [{"role": "user", "content": "Fix the failing build in module core."},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "Tool1", "input": {"arg": "make"}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "exit 0"}]}]
base = {"model": "claude-sonnet-4-5", "max_tokens": 1024,
        "system": [{"type": "text", "text": "You are a coding agent.", "cache_control": {"type": "ephemeral"}}],
        "tools": tools, "messages": msgs}
open(sys.argv[1], "w").write(json.dumps(base, separators=(",", ":")))
big = json.loads(json.dumps(base))
big["messages"][2]["content"][0]["content"] = "".join(
    f"Paragraph {i}: the service handled request batch {i} and wrote its summary to the audit log. " for i in range(400))
open(sys.argv[2], "w").write(json.dumps(big, separators=(",", ":")))
