#include "csb_v1_amg_sound.h"
