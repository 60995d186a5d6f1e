m_yOffset = CXTP_max(0, cy - szViewport.cy);
