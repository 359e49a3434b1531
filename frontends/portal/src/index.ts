// Async boundary: shared singletons (react, urql …) are negotiated before bootstrap runs.
import('./bootstrap.js');
