import { mount } from 'svelte';
import 'fair-offer/define';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
