import type { ContentBlock } from '../../../shared/template/schema';
import { Localized } from './Localized';

/** Renders the guide's readable blocks: paragraphs, lists and notes. */
export function ContentBlocks({ blocks }: { blocks: readonly ContentBlock[] }) {
  if (blocks.length === 0) return null;
  return (
    <div className="content-blocks">
      {blocks.map((block, i) => {
        // Blocks are static guide text (never reordered): their position is a stable key.
        const key = `${block.type}-${i}`;
        if (block.type === 'paragraph') return <Localized key={key} as="p" text={block.text} />;
        if (block.type === 'note') return <Localized key={key} as="p" className="note" text={block.text} />;
        const List = block.ordered ? 'ol' : 'ul';
        return (
          <List key={key}>
            {block.items.map((item) => (
              <Localized key={item.es} as="li" text={item} />
            ))}
          </List>
        );
      })}
    </div>
  );
}
