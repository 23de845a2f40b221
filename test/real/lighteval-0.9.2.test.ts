/** The run path against real LightEval 0.9.2: see real-lighteval-suite.ts. */
import { realLightEvalSuite } from './real-lighteval-suite.js';

realLightEvalSuite('0.9.2');
