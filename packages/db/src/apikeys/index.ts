export { apiKeyInput, createApiKey, findApiKey, hashSecret } from './apikeys';
