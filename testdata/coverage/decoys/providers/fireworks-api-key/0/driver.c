int fw_getFirmwareRevisionNumber(void);
