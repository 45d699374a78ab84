"""An evaluation item's results in the referat: how many answered, the average per
dimension and the sentences, under the item's own heading (the HTML is made from this)."""

from __future__ import annotations

from facilitator.core.evaluation_rules import evaluation_result
from facilitator.core.program import Block, BlockKind
from facilitator.core.referat import ReferatState
from facilitator.export.markdown_literal import markdown_literal
from facilitator.i18n import format_decimal, tr, tr_count


def evaluation_lines(block: Block, referat: ReferatState) -> list[str]:
    """The Markdown lines for an evaluation item (none for any other item)."""
    if block.kind is not BlockKind.EVALUATION:
        return []
    result = evaluation_result(block, referat)
    if not result.answered:
        return [f"*{tr('export.evaluation_none')}*", ""]
    lines = [f"**{tr_count('export.evaluation', result.answered)}**", ""]
    for dimension, average in zip(result.dimensions, result.averages, strict=True):
        shown = format_decimal(average) if average is not None else "–"
        said = tr("export.evaluation_average", dimension=markdown_literal(dimension), average=shown)
        lines.append(f"- {said}")
    lines.append("")
    if result.sentences:
        lines += [f"**{tr('export.evaluation_sentences')}**", ""]
        lines += [
            f"- {markdown_literal(name)}: {markdown_literal(sentence)}"
            for name, sentence in result.sentences
        ]
        lines.append("")
    return lines
