import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
// Registers <fair-offer> before React renders, so React 19 sees `offer` on the element and sets it as a property.
import 'fair-offer/define';
import type { FairOffer } from 'fair-offer';
import offer from '../../examples/offers/saas-pilot.json';

type OfferChoiceEvent = HTMLElementEventMap['offer-choice'];

// React 19 types custom elements through JSX.IntrinsicElements: declare the props React passes on.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'fair-offer': React.DetailedHTMLProps<React.HTMLAttributes<FairOffer>, FairOffer> & {
        offer?: FairOffer['offer'];
        mode?: 'sequential' | 'side-by-side';
        'onoffer-choice'?: (event: OfferChoiceEvent) => void;
      };
    }
  }
}

function App() {
  const [choice, setChoice] = useState('none yet');
  return (
    <main>
      <h1>React 19</h1>
      {/* React 19: a non-string prop on a custom element is set as a property; on<event> adds a listener. */}
      <fair-offer offer={offer as FairOffer['offer']} onoffer-choice={(e) => setChoice(e.detail.choice)} />
      <p>
        Choice: <output id="choice">{choice}</output>
      </p>
    </main>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
