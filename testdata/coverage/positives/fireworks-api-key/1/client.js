headers: { Authorization: `Bearer fw_pZupVhEVtN67hLVoqgB3yE` },
