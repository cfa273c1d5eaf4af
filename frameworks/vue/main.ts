import { createApp } from 'vue';
import 'fair-offer/define';
import App from './App.vue';

createApp(App).mount('#app');
