headers: { Authorization: 'Bearer ' + 'bpk-3cae779cc6729a8446ca5622f105ff37' },
