curl https://oai.helicone.ai/v1/models -H "Authorization: Bearer sk-helicone-d4zf4zy-4uujfdn-4a5znae-lhi2hl6"
