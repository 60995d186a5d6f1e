previewContainerElementReferenceHandlerX = 1;
