import { describe, expect, test } from 'vitest';
import { escapeHtml, renderMarkdown, slug } from '../../scripts/reference/markdown.js';

describe('renderMarkdown (the reference and guides pages)', () => {
  test('escapes HTML everywhere, and keeps code spans literal (no bold, no links inside)', () => {
    expect(renderMarkdown('a <b> & "c" `x <y> **z** [l](u)`')).toBe(
      '<p>a &lt;b&gt; &amp; &quot;c&quot; <code>x &lt;y&gt; **z** [l](u)</code></p>',
    );
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });

  test('bold and links may hold code spans; links go through the resolver', () => {
    expect(renderMarkdown('**`history`** reads [the `log`](docs/x.md#y)', (href) => `R(${href})`)).toBe(
      '<p><strong><code>history</code></strong> reads <a href="R(docs/x.md#y)">the <code>log</code></a></p>',
    );
  });

  test('headings get GitHub anchors and move by shiftHeadings', () => {
    expect(renderMarkdown('### Planner: does the model reproduce my centre?', undefined, false, -1)).toBe(
      '<h2 id="planner-does-the-model-reproduce-my-centre">Planner: does the model reproduce my centre?</h2>',
    );
    expect(slug('Telephony backend: how long will this caller wait?')).toBe('telephony-backend-how-long-will-this-caller-wait');
  });

  test('fenced code keeps its lines and language; tables get header cells; lists keep continuation lines', () => {
    expect(renderMarkdown('```ts\nconst a = 1 < 2;\n\n// x\n```')).toBe(
      '<pre><code class="language-ts">const a = 1 &lt; 2;\n\n// x</code></pre>',
    );
    const table = renderMarkdown('| field | meaning |\n| --- | --- |\n| `asa` | mean wait \\| answered |');
    expect(table).toContain('<th scope="col">field</th>');
    expect(table).toContain('<td><code>asa</code></td><td>mean wait | answered</td>');
    expect(renderMarkdown('1. first\n   more\n2. second')).toBe('<ol>\n<li>first\nmore</li>\n<li>second</li>\n</ol>');
    expect(renderMarkdown('- a\n- b')).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>');
  });

  test('drops HTML comments (the README marks blocks with them)', () => {
    expect(renderMarkdown('<!-- planner-walkthrough -->\ntext')).toBe('<p>text</p>');
  });
});
