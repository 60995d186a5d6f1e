#include "mb_rtu_app.h"
int mb_status = 0;
