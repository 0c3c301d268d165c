export { Lab, LAB_DEBOUNCE_MS, type LabProps } from './lab';
