// What the caller hears (announce.html): estimateWait → announce (text and SSML) → offerCallback.
import { formatDuration, formatPercent } from '../../src/cli/output/formatValue.js';
import { announce, estimateWait, offerCallback, type WaitInput } from '../../src/index.js';
import { byId, clearInputError, inputNumber, inputText, requiredNumber, show, showInputError } from './dom.js';
import { bindForm } from './urlState.js';

const FIELDS = ['position', 'ann-agents', 'ann-aht', 'ann-patience', 'ann-locale', 'ann-quantile', 'ann-max-wait'];

/** The input a library parameter comes from, to mark it invalid. */
const FIELD_OF: Readonly<Record<string, string>> = {
  'input.ahead': 'position',
  'input.agents': 'ann-agents',
  'input.handleTime': 'ann-aht',
  'input.patience': 'ann-patience',
  'options.statistic': 'ann-quantile',
  'options.maxWait': 'ann-max-wait',
};

const REASONS = { 'long-wait': 'the wait is long', 'low-answer-chance': 'the caller will likely hang up first', none: '–' } as const;

/** Recomputes the announcement from the form (synchronous: on screen in the same frame). */
function update(): void {
  clearInputError('ann-error', FIELDS);
  try {
    const patience = inputNumber('ann-patience');
    const input: WaitInput = {
      ahead: requiredNumber('position') - 1,
      agents: requiredNumber('ann-agents'),
      handleTime: requiredNumber('ann-aht'),
      ...(patience !== undefined && { patience }),
    };
    const estimate = estimateWait(input);
    const statistic = requiredNumber('ann-quantile') / 100;
    const locale = inputText('ann-locale');
    const callback = offerCallback(estimate, { statistic, maxWait: requiredNumber('ann-max-wait') });
    const options = { locale, statistic, ...(callback.offer && { callbackKey: 1 }) };
    const spoken = announce(estimate, options);
    const ssml = announce(estimate, { ...options, ssml: true });
    const text = byId('announce-text');
    text.lang = locale;
    show('announce-text', spoken.text);
    show('announce-ssml', ssml.text);
    show('announce-seconds', formatDuration(spoken.seconds), spoken.seconds);
    show('announce-kind', spoken.kind, spoken.kind);
    const quantile = estimate.quantile(statistic);
    show('wait-quantile', `${formatDuration(quantile)} (${formatPercent(statistic, 0)})`, quantile);
    show('wait-mean', formatDuration(estimate.mean), estimate.mean);
    show('prob-answered', formatPercent(estimate.probAnswered), estimate.probAnswered);
    show('callback-offer', callback.offer ? 'yes (press 1)' : 'no', String(callback.offer));
    show('callback-reason', REASONS[callback.reason], callback.reason);
  } catch (e) {
    showInputError('ann-error', e, FIELD_OF);
    for (const id of [
      'announce-text',
      'announce-seconds',
      'announce-kind',
      'wait-quantile',
      'wait-mean',
      'prob-answered',
      'callback-offer',
      'callback-reason',
    ]) {
      show(id, '–');
    }
    show('announce-ssml', '');
  }
}

bindForm('announce-form', FIELDS, update);
