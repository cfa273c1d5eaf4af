import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

describe('browser harness', () => {
  it('runs in Chromium and sends real keys', async () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    await sendKeys({ type: 'ok' });
    expect(input.value).to.equal('ok');
    input.remove();
  });
});
