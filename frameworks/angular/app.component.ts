import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { FairOffer } from 'fair-offer';
import offer from '../../examples/offers/saas-pilot.json';

@Component({
  selector: 'app-root',
  // CUSTOM_ELEMENTS_SCHEMA lets the template use <fair-offer> and bind properties Angular does not know.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Angular</h1>
      <fair-offer [offer]="offer" (offer-choice)="onChoice($event)"></fair-offer>
      <p>Choice: <output id="choice">{{ choice() }}</output></p>
    </main>
  `,
})
export class AppComponent {
  readonly offer = offer as FairOffer['offer'];
  readonly choice = signal('none yet');

  onChoice(event: Event): void {
    this.choice.set((event as HTMLElementEventMap['offer-choice']).detail.choice);
  }
}
